import { ErrorCodes, LSPErrorCodes, type ServerCapabilities } from "vscode-languageserver";
import { refusalError, valueOrThrow } from "./refusal-error.js";
import type { Session } from "./session.js";
import { isProfileUri } from "./workspace-files.js";

/** The `workspace/executeCommand` command that previews a profile's next steps. */
export const nextStepsCommand = "pathwise.nextSteps";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is an ISO date (`YYYY-MM-DD`), as clients pass evaluation dates. */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === "string" && isoDate.test(value);

/**
 * Serves `workspace/executeCommand` for {@link nextStepsCommand}: arguments `[profileUri, date?]`;
 * answers the engine's next steps for the open profile, as `pathwise next` gives them.
 */
export function serveNextSteps(session: Session): ServerCapabilities {
  session.connection.onExecuteCommand(async (params) => {
    if (params.command !== nextStepsCommand)
      throw refusalError(ErrorCodes.InvalidParams, `Unknown command \`${params.command}\`.`);
    const [uri, date] = params.arguments ?? [];
    if (typeof uri !== "string" || !isProfileUri(uri)) {
      throw refusalError(
        ErrorCodes.InvalidParams,
        `Expected the URI of a \`*.profile.yaml\` document, found ${JSON.stringify(uri) ?? "nothing"}.`,
      );
    }
    if (date !== undefined && date !== null && !isIsoDate(date)) {
      throw refusalError(
        ErrorCodes.InvalidParams,
        `Expected a date as YYYY-MM-DD, found ${JSON.stringify(date)}.`,
      );
    }
    const state = await session.settledState(uri);
    if (state?.doc.kind !== "profile")
      throw refusalError(
        ErrorCodes.InvalidParams,
        `Expected an open document, found none for ${uri}.`,
      );
    const steps = valueOrThrow(
      session.service().nextSteps(state.doc, typeof date === "string" ? date : undefined),
      LSPErrorCodes.RequestFailed,
    );
    return {
      uri,
      pathway: steps.pathway,
      date: steps.date,
      text: steps.text,
      recommendations: steps.recommendations,
    };
  });
  return { executeCommandProvider: { commands: [nextStepsCommand] } };
}
