// The development entry of the JSX runtime (test and `next dev` builds ask for jsxDEV): the same renderer.
import { jsx, type Html } from "./jsx-runtime";

export { Fragment, type JSX } from "./jsx-runtime";
export const jsxDEV = (type: Parameters<typeof jsx>[0], props: Parameters<typeof jsx>[1]): Html => jsx(type, props);
