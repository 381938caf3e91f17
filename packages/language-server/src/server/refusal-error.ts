import { type ErrorCodes, type LSPErrorCodes, ResponseError } from "vscode-languageserver";
import type { Answer } from "../service/answer.js";

type ErrorCode = typeof ErrorCodes.InvalidParams | typeof LSPErrorCodes.RequestFailed;

/**
 * The value of an answer, or the LSP error response carrying its refusal: the one way the server
 * turns a service's refusal into what the editor shows (the rename box's message, a failed
 * command's notification).
 */
export function valueOrThrow<T>(answer: Answer<T>, code: ErrorCode): T {
  if (!answer.ok) throw new ResponseError(code, answer.message);
  return answer.value;
}

/** An LSP error response for a request the server refuses, with a sentence for the user. */
export const refusalError = (code: ErrorCode, message: string): ResponseError<void> =>
  new ResponseError(code, message);
