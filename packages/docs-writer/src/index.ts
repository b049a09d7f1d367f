export { writeSection } from "./section.js";
export { markdownTable } from "./table.js";
