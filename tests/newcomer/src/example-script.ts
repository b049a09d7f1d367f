import type { Example } from "./examples.js";

/**
 * Commands that start a server and run until stopped. In an example they are what a reader starts
 * in one terminal before typing the next lines in another; the runner starts them in the
 * background, waits until they print the address they listen on, and stops them (their whole
 * process group) when the block ends.
 */
const SERVER_COMMAND =
  /^\s*(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:caixun\s+(?:site\s+)?serve|pnpm\s+dev|npx\s+wrangler\s+dev)\b/;

/** The helpers every block's script starts with. */
const PRELUDE = String.raw`set -eo pipefail
__servers=()
__stop() {
  for pid in "${"$"}{__servers[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap __stop EXIT
__serve() {
  local log pid
  log=$(mktemp)
  setsid bash -c "$1" >"$log" 2>&1 </dev/null &
  pid=$!
  __servers+=("$pid")
  # The runner stops these process groups too, should the block itself be killed on a timeout.
  if [ -n "$EXAMPLE_SERVERS" ]; then echo "$pid" >>"$EXAMPLE_SERVERS"; fi
  for _ in $(seq 1 1200); do
    if grep -qE 'https?://(127\.0\.0\.1|localhost|\[::1\]):[0-9]+' "$log"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "example server stopped: $1" >&2; cat "$log" >&2; return 1; fi
    sleep 0.1
  done
  echo "example server never said where it listens: $1" >&2; cat "$log" >&2; return 1
}
`;

/** Lines joined where a backslash continues them: one entry per command as the shell reads it. */
export function logicalLines(code: string): string[] {
  const lines: string[] = [];
  let pending = "";
  for (const line of code.split("\n")) {
    if (/\\\s*$/.test(line)) {
      pending += `${line.replace(/\\\s*$/, "")} `;
      continue;
    }
    lines.push(pending + line);
    pending = "";
  }
  if (pending !== "") lines.push(pending);
  return lines;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The command without a trailing `# comment` or `&` (the runner backgrounds it itself). */
function serverCommand(line: string): string {
  return line
    .replace(/\s+#.*$/, "")
    .replace(/\s*&\s*$/, "")
    .trim();
}

/** A bash program that runs a shell example as written, with its servers in the background. */
export function shellScript(example: Example): string {
  const body = logicalLines(example.code).map((line) =>
    SERVER_COMMAND.test(line) ? `__serve ${quote(serverCommand(line))}` : line,
  );
  const start = example.runWith === undefined ? [] : [`__serve ${quote(example.runWith)}`];
  return `${PRELUDE}\n${[...start, ...body].join("\n")}\n`;
}
