/**
 * Text made harmless for a terminal. A file name or a field can hold `ESC ] … BEL` (sets the window
 * title, or writes a hyperlink), a CSI sequence (moves the cursor, clears the screen), a C1 control
 * (`\x9b` is CSI on many terminals), a carriage return that overwrites the line, or a bidi override
 * that shows text in another order than it is. Each such character is written as a visible escape
 * (`\x1b`, `\u202e`), so the text stays readable and nothing in it is acted on.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escaped);
}

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `terminalSafe` for text within one line of stderr, with its line feeds and tabs escaped too: a
 * file name may hold a newline, and `bin\nfake: ok.md` wrote a line `fake: ok.md: not a text file`
 * of its own, so a log of the run could be forged line by line.
 */
export function lineSafe(text: string): string {
  return terminalSafe(text).replace(/[\t\n]/g, escaped);
}

/** A line on stderr about one input: `caixun: <path>: <what happened>`, both parts made safe. */
export function inputLine(path: string, message: string): string {
  return `caixun: ${lineSafe(path)}: ${lineSafe(message)}\n`;
}

/**
 * Output written straight to a terminal (`caixun parse` or `stories` without `-o`): CSV, JSON Lines,
 * Markdown and HTML are data, but a file name with `ESC ] … BEL` in a CSV cell, or a C1 control or
 * bidi override JSON leaves unescaped, acts on the screen. Made `terminalSafe`, except the CR of a
 * CRLF line end (CSV's).
 */
export function terminalOutput(text: string): string {
  return text.replace(UNSAFE_OUTPUT, (ch, offset: number) =>
    ch === "\r" && text.charCodeAt(offset + 1) === 0x0a ? ch : terminalSafe(ch),
  );
}
const UNSAFE_OUTPUT = new RegExp(UNSAFE.source, "g");
