/**
 * Which rules of a grammar can read a line, decided from the line's first characters. Each rule
 * names its leads: words one of which every line it reads opens with (a keyword, or an optional
 * prefix before it — a lead may be coarser than the rule, never narrower). `rulesOpening` looks only
 * at the leads that share the line's first character, so a line that opens with none of them —
 * nearly every line of a story — is tried by no rule's pattern at all.
 */
export class LineLeads {
  /** For each first character, its leads and the rules (bits) each opens. */
  private readonly byFirst = new Map<number, Array<{ lead: string; rules: number }>>();

  /** `rules[i]` are the leads of the rule whose bit is `1 << i`. */
  constructor(rules: ReadonlyArray<readonly string[]>) {
    for (const [index, leads] of rules.entries()) {
      for (const lead of leads) {
        const first = lead.charCodeAt(0);
        const entries = this.byFirst.get(first) ?? [];
        this.byFirst.set(first, entries);
        const entry = entries.find((e) => e.lead === lead);
        if (entry) entry.rules |= 1 << index;
        else entries.push({ lead, rules: 1 << index });
      }
    }
  }

  /** The rules (bit `1 << i` for rule i) one of whose leads `line` opens with; 0 for none. */
  rulesOpening(line: string): number {
    const entries = this.byFirst.get(line.charCodeAt(0));
    if (entries === undefined) return 0;
    let rules = 0;
    for (const { lead, rules: opened } of entries) if (line.startsWith(lead)) rules |= opened;
    return rules;
  }
}
