/**
 * Which rules of a grammar can read a line, decided in one pass over the line's characters. Each
 * rule names its leads: words one of which every line it reads opens with (a keyword, or an
 * optional prefix before it — a lead may be coarser than the rule, never narrower), or, for rules
 * that look anywhere in a line, holds. Only the leads that share a character's code are compared
 * there, so a line that opens with (or holds) none of them — nearly every line of a story — is
 * tried by no rule's pattern at all.
 */
export class LineLeads {
  /**
   * For each character code, the slot of the leads that start with it in `bySlot`; 0 for a character no lead
   * starts with: the one test most characters of a line fail. Flat tables, not a map, so that the scan of a whole
   * text (`rulesHeld`) reads no map and makes no iterator at the few characters that pass.
   */
  private readonly slotOf = new Uint16Array(0x10000);
  /** Each slot's leads, each with the rules (bits) it opens; slot 0 is none. */
  private readonly bySlot: Array<Array<[lead: string, rules: number]>> = [[]];

  /** `rules[i]` are the leads of the rule whose bit is `1 << i`. */
  constructor(rules: ReadonlyArray<readonly string[]>) {
    for (const [index, leads] of rules.entries()) {
      for (const lead of leads) {
        const first = lead.charCodeAt(0);
        this.slotOf[first] ||= this.bySlot.push([]) - 1;
        const entries = this.bySlot[this.slotOf[first]!]!;
        const entry = entries.find((e) => e[0] === lead);
        if (entry) entry[1] |= 1 << index;
        else entries.push([lead, 1 << index]);
      }
    }
  }

  /** The rules (bit `1 << i` for rule i) one of whose leads `line` opens with; 0 for none. */
  rulesOpening(line: string): number {
    const slot = this.slotOf[line.charCodeAt(0)];
    return slot ? this.rulesAt(line, 0, slot) : 0;
  }

  /** The rules one of whose leads `text` holds anywhere; 0 for none. */
  rulesHeld(text: string): number {
    const slotOf = this.slotOf;
    let rules = 0;
    for (let at = 0; at < text.length; at++) {
      const slot = slotOf[text.charCodeAt(at)]!;
      if (slot !== 0) rules |= this.rulesAt(text, at, slot);
    }
    return rules;
  }

  private rulesAt(text: string, at: number, slot: number): number {
    const entries = this.bySlot[slot]!;
    let rules = 0;
    for (let i = 0; i < entries.length; i++) if (text.startsWith(entries[i]![0], at)) rules |= entries[i]![1];
    return rules;
  }
}
