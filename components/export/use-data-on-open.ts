import { useState } from "react";

/**
 * Data a download menu fetches when first opened (its words, the image's words, a plot's data):
 * what has arrived, whether the last try failed, and the function that tries (again).
 */
export function useDataOnOpen<T>(fetchData: () => Promise<T>): { data: T | null; hasFailed: boolean; load: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const load = () => {
    setHasFailed(false);
    fetchData().then(setData, () => setHasFailed(true));
  };
  return { data, hasFailed, load };
}
