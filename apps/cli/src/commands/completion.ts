import { type Command, Option } from "commander";
import { UsageError } from "../exit-codes.js";

const EXAMPLES = `
Examples:
  $ source <(caixun completion bash)          in ~/.bashrc: complete caixun's commands and options
  $ source <(caixun completion zsh)           in ~/.zshrc (through zsh's bashcompinit)
  $ caixun completion bash > /etc/bash_completion.d/caixun`;

/** Every command of the tree with the words that follow it: `""`, `parse`, `site`, `site build` … */
interface CommandEntry {
  path: string;
  subcommands: string[];
  options: string[];
  /** Option flag → the values it takes (`--format` → jsonl json …). */
  choices: Map<string, string[]>;
  /** Flags that take a value without fixed choices (completed as file names). */
  valued: string[];
}

function entries(command: Command, path: string): CommandEntry[] {
  const options = [...command.options, new Option("-h, --help")];
  const entry: CommandEntry = {
    path,
    subcommands: command.commands.map((sub) => sub.name()),
    options: options.flatMap((option) =>
      [option.short, option.long].filter((flag): flag is string => !!flag),
    ),
    choices: new Map(),
    valued: [],
  };
  for (const option of options) {
    const flags = [option.short, option.long].filter((flag): flag is string => !!flag);
    if (option.argChoices) for (const flag of flags) entry.choices.set(flag, option.argChoices);
    else if (option.required || option.optional) entry.valued.push(...flags);
  }
  return [
    entry,
    ...command.commands.flatMap((sub) => entries(sub, path === "" ? sub.name() : `${path} ${sub.name()}`)),
  ];
}

const cases = (rows: [pattern: string, words: string][]) =>
  rows
    .filter(([, words]) => words !== "")
    .map(([pattern, words]) => `    "${pattern}") echo "${words}" ;;`)
    .join("\n");

/**
 * A bash completion script for the program as it is built: the commands, options and option
 * values come from the same definitions `--help` prints, so they cannot drift apart.
 */
export function bashCompletion(program: Command): string {
  const all = entries(program, "");
  const valued = all.flatMap((entry) => entry.valued.map((flag) => `"${entry.path}|${flag}"`));
  return `# caixun completion for bash (zsh: through bashcompinit). Load it with: source <(caixun completion bash)
_caixun_subcommands() {
  case "$1" in
${cases(all.map((entry) => [entry.path, entry.subcommands.join(" ")]))}
  esac
}
_caixun_options() {
  case "$1" in
${cases(all.map((entry) => [entry.path, entry.options.join(" ")]))}
  esac
}
_caixun_choices() {
  case "$1|$2" in
${cases(all.flatMap((entry) => [...entry.choices].map(([flag, values]) => [`${entry.path}|${flag}`, values.join(" ")] as [string, string])))}
  esac
}
_caixun_takes_value() {
  case "$1|$2" in
    ${valued.length > 0 ? `${valued.join("|")}) return 0 ;;` : ""}
  esac
  return 1
}
_caixun_completion() {
  local cur prev path word i choices subs
  cur=\${COMP_WORDS[COMP_CWORD]}
  prev=\${COMP_WORDS[COMP_CWORD-1]}
  path=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    case "$word" in -*) continue ;; esac
    case " $(_caixun_subcommands "$path") " in *" $word "*) path="\${path:+$path }$word" ;; esac
  done
  choices=$(_caixun_choices "$path" "$prev")
  if [ -n "$choices" ]; then
    mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur")
  elif _caixun_takes_value "$path" "$prev"; then
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  elif [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_caixun_options "$path")" -- "$cur")
  else
    subs=$(_caixun_subcommands "$path")
    if [ -n "$subs" ]; then
      mapfile -t COMPREPLY < <(compgen -W "$subs" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
  fi
}
complete -o filenames -F _caixun_completion caixun
`;
}

export function registerCompletion(program: Command): void {
  program
    .command("completion")
    .description("print a shell completion script (bash, zsh) for caixun's commands and options")
    .argument("[shell]", "bash or zsh", "bash")
    .addHelpText("after", EXAMPLES)
    .action((shell: string) => {
      if (shell !== "bash" && shell !== "zsh") {
        throw new UsageError(`no completion for ${shell}; caixun completes in bash and zsh`);
      }
      const script = bashCompletion(program);
      process.stdout.write(
        shell === "zsh" ? `autoload -U +X bashcompinit && bashcompinit\n${script}` : script,
      );
    });
}
