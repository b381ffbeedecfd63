/** Which form the review screen has open, if any: on the event, or on one of its people or sources. */
export type Mode =
  | { form: 'none' | 'edit' | 'hide' | 'merge' | 'add' }
  | { form: 'person'; id: string }
  | { form: 'source'; id: string };

export const NO_FORM: Mode = { form: 'none' };
