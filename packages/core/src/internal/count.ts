// The engine's modules import `count` from here; its home is `text.ts` with the other wording
// helpers.
export { count } from "./text.js";
