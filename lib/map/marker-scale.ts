import { scaleSqrt } from "d3-scale";

/** Smallest and largest marker radius, in CSS pixels. */
export const MIN_RADIUS_PX = 5;
export const MAX_RADIUS_PX = 18;
/** Radius of a destination whose count no source reports: fixed, drawn hollow. */
export const NOT_REPORTED_RADIUS_PX = 7;

/**
 * Marker radius by people, so that marker *area* is proportional to the count (scaleSqrt).
 * The domain is [0, maxPeople]; counts above the minimum visible size keep their proportion.
 */
export function buildRadiusScale(maxPeople: number): (people: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxPeople)])
    .range([0, MAX_RADIUS_PX])
    .clamp(true);
  return (people) => Math.max(MIN_RADIUS_PX, scale(people));
}
