import { STRING_MEMO_KEPT, STRING_MEMO_LONGEST_KEY } from "../settings.js";

/**
 * `compute`, a pure function of a short string (it reads nothing but its argument and constant tables),
 * remembered by its argument: the same name read from every page of an outlet runs its patterns once.
 * Past `STRING_MEMO_KEPT` answers the memo is emptied and fills again with what the run meets from
 * then on, so it never holds more than that; a key over `STRING_MEMO_LONGEST_KEY` is computed each time.
 */
export function memoByString(compute: (key: string) => string): (key: string) => string {
  let answers = new Map<string, string>();
  return (key) => {
    if (key.length > STRING_MEMO_LONGEST_KEY) return compute(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute(key);
    if (answers.size === STRING_MEMO_KEPT) answers = new Map();
    answers.set(key, answer);
    return answer;
  };
}
