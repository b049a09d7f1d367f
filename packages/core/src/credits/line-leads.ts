/**
 * Which rules of a grammar can read a line, decided in one pass over the line's characters. Each
 * rule names its leads: words one of which every line it reads opens with (a keyword, or an
 * optional prefix before it — a lead may be coarser than the rule, never narrower), or, for rules
 * that look anywhere in a line, holds. Only the leads that share a character's code are compared
 * there, so a line that opens with (or holds) none of them — nearly every line of a story — is
 * tried by no rule's pattern at all.
 */
export class LineLeads {
  /** For each first character, its leads and the rules (bits) each opens. */
  private readonly byFirst = new Map<number, Array<{ lead: string; rules: number }>>();
  /** 1 for a character some lead starts with: the one test most characters of a line fail. */
  private readonly starts = new Uint8Array(0x10000);

  /** `rules[i]` are the leads of the rule whose bit is `1 << i`. */
  constructor(rules: ReadonlyArray<readonly string[]>) {
    for (const [index, leads] of rules.entries()) {
      for (const lead of leads) {
        const first = lead.charCodeAt(0);
        const entries = this.byFirst.get(first) ?? [];
        this.byFirst.set(first, entries);
        this.starts[first] = 1;
        const entry = entries.find((e) => e.lead === lead);
        if (entry) entry.rules |= 1 << index;
        else entries.push({ lead, rules: 1 << index });
      }
    }
  }

  /** The rules (bit `1 << i` for rule i) one of whose leads `line` opens with; 0 for none. */
  rulesOpening(line: string): number {
    return this.starts[line.charCodeAt(0)] === 1 ? this.rulesAt(line, 0) : 0;
  }

  /** The rules one of whose leads `text` holds anywhere; 0 for none. */
  rulesHeld(text: string): number {
    let rules = 0;
    for (let at = 0; at < text.length; at++) {
      if (this.starts[text.charCodeAt(at)] === 1) rules |= this.rulesAt(text, at);
    }
    return rules;
  }

  private rulesAt(text: string, at: number): number {
    let rules = 0;
    for (const { lead, rules: opened } of this.byFirst.get(text.charCodeAt(at))!) {
      if (text.startsWith(lead, at)) rules |= opened;
    }
    return rules;
  }
}
