/**
 * Why the service cannot do what was asked, as one sentence for the user: the rename box's
 * refusal, the next-steps preview's reason. The server turns it into an LSP error response.
 *
 * @example
 * const service = createLanguageService();
 * const answer = service.rename(service.analyze(text), 0, "Not An Id");
 * const refusal: Refusal | undefined = answer.ok ? undefined : answer;
 */
export interface Refusal {
  readonly ok: false;
  readonly message: string;
}

/**
 * What a service function answers when it may refuse: a value, or a {@link Refusal}.
 *
 * @example
 * const answer: Answer<Edit[]> = createLanguageService().rename(createLanguageService().analyze(text), 120, "senior-technician");
 * if (answer.ok) console.log(answer.value.length, "edits");
 * else console.log(answer.message);
 */
export type Answer<T> = { readonly ok: true; readonly value: T } | Refusal;

/** A {@link Refusal} with this sentence. */
export const refuse = (message: string): Refusal => ({ ok: false, message });

/** An {@link Answer} holding `value`. */
export const answer = <T>(value: T): Answer<T> => ({ ok: true, value });
