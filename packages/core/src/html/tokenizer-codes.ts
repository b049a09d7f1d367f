/**
 * The HTML tokenizer's character codes and states (`tokenizer.ts`), as plain constants in a module that imports
 * nothing: esbuild then writes each one's value where it is used, in core for browsers and in the Workers'
 * bundles of core's build alike. An `enum` is inlined only when esbuild reads the TypeScript; tsc with
 * `isolatedModules` writes it as an object, which the Workers kept, every state a property read and its name a
 * string in the script.
 */

/** Characters the machine compares with. */
export const TAB = 0x9;
export const NEW_LINE = 0xa;
export const FORM_FEED = 0xc;
export const CARRIAGE_RETURN = 0xd;
export const SPACE = 0x20;
export const EXCLAMATION_MARK = 0x21;
export const AMP = 0x26;
export const SINGLE_QUOTE = 0x27;
export const DOUBLE_QUOTE = 0x22;
export const DASH = 0x2d;
export const SLASH = 0x2f;
export const LT = 0x3c;
export const EQ = 0x3d;
export const GT = 0x3e;
export const QUESTION_MARK = 0x3f;
export const UPPER_A = 0x41;
export const LOWER_A = 0x61;
export const UPPER_Z = 0x5a;
export const LOWER_Z = 0x7a;
export const OPENING_SQUARE_BRACKET = 0x5b;

/** The machine's states. */
export const IN_TEXT = 1;
export const BEFORE_TAG_NAME = 2;
export const IN_TAG_NAME = 3;
export const IN_SELF_CLOSING_TAG = 4;
export const BEFORE_CLOSING_TAG_NAME = 5;
export const IN_CLOSING_TAG_NAME = 6;
export const AFTER_CLOSING_TAG_NAME = 7;
export const BEFORE_ATTRIBUTE_NAME = 8;
export const IN_ATTRIBUTE_NAME = 9;
export const AFTER_ATTRIBUTE_NAME = 10;
export const BEFORE_ATTRIBUTE_VALUE = 11;
export const IN_ATTRIBUTE_VALUE_DQ = 12;
export const IN_ATTRIBUTE_VALUE_SQ = 13;
export const IN_ATTRIBUTE_VALUE_NQ = 14;
export const BEFORE_DECLARATION = 15;
export const IN_DECLARATION = 16;
export const IN_PROCESSING_INSTRUCTION = 17;
export const BEFORE_COMMENT = 18;
export const CDATA_SEQUENCE = 19;
export const IN_SPECIAL_COMMENT = 20;
export const IN_COMMENT_LIKE = 21;
export const BEFORE_SPECIAL_S = 22;
export const BEFORE_SPECIAL_T = 23;
export const SPECIAL_START_SEQUENCE = 24;
export const IN_SPECIAL_TAG = 25;
