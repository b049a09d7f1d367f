/**
 * A Markdown table with right-aligned columns (figures), padded the way the repository's formatter
 * (Biome) writes tables, so a regenerated section reads the same as a hand-formatted one.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(3, cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i]!)).join(" | ")} |`;
  return [
    line(header),
    `| ${widths.map((width) => `${"-".repeat(width - 1)}:`).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}
