import type { WriteStream } from "node:tty";

/** Text styles for humans; plain text when the stream is not a terminal or NO_COLOR is set. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

const PLAIN: Style = {
  bold: (text) => text,
  dim: (text) => text,
  yellow: (text) => text,
  red: (text) => text,
  cyan: (text) => text,
};

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ANSI: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  yellow: sgr(33, 39),
  red: sgr(31, 39),
  cyan: sgr(36, 39),
};

export function styleFor(stream: NodeJS.WriteStream | WriteStream): Style {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";
  return stream.isTTY && !noColor ? ANSI : PLAIN;
}
