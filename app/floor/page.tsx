import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Floor", robots: { index: false, follow: false } };

/**
 * The benchmark's floor: the cheapest page this app can serve (same layout, fonts, headers, CSP
 * with its scripts' hashes and view cache as every page), against which `/` is compared in bench/.
 */
export default async function FloorPage() {
  await connection();
  return (
    <main id="main" className="page">
      <h1>Floor</h1>
      <p>A bare page for performance comparisons.</p>
    </main>
  );
}
