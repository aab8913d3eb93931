import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [...nextVitals, ...nextTs, { ignores: [".next/**", "out/**", "node_modules/**", "public/**", "next-env.d.ts", "bench/results/**"] }];

export default config;
