import { createParseCache, type ParseCache } from "@pathwise/core";
import { type Connection, TextDocuments } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type {
  AnalysedDocument,
  ProfileDocument,
  ServiceDocument,
} from "../service/analysed-document.js";
import { createLanguageService, type LanguageService } from "../service/language-service.js";
import type { PathwayCandidate } from "../service/pathway-finder.js";
import { createPathwayIndex, type PathwayIndex } from "../service/pathway-index.js";
import { createProfilesByPathway, type ProfilesByPathway } from "../service/profiles-by-pathway.js";
import { isPathwayUri, isProfileUri, type WorkspaceFiles } from "./workspace-files.js";

/** An open document's text and its current analysis. */
export interface DocumentState<D extends AnalysedDocument = AnalysedDocument> {
  readonly text: TextDocument;
  readonly doc: D;
}

/**
 * What the server's feature modules share: the connection, the open documents and their
 * analyses, and the indexes of the pathways and profiles the server knows (open documents, else
 * the files on disk, whose texts `onDisk` holds).
 */
export interface Session {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspace: WorkspaceFiles | undefined;
  readonly pathways: PathwayIndex;
  readonly profiles: ProfilesByPathway;
  readonly onDisk: Map<string, string>;
  /** The language service of the evaluation date in force. */
  service(): LanguageService;
  /** Sets the evaluation date (from the client's `initializationOptions`). */
  setToday(today: string): void;
  /** An open document's current analysis, analysing it when its version or pathway changed. */
  stateOf(uri: string): DocumentState | undefined;
  pathwayState(uri: string): DocumentState<ServiceDocument> | undefined;
  /** The state after the workspace's pathways were listed, for requests about profiles. */
  settledState(uri: string): Promise<DocumentState | undefined>;
  /** Whether an open document's last analysis still holds (for a profile: its pathway is the same). */
  isCurrent(uri: string): boolean;
  /** Forgets a closed document's analysis. */
  forget(uri: string): void;
  /** Points the indexes at a document's current text: the open document's, else the file's. */
  reindex(uri: string): void;
  /** Resolves once the workspace's pathways were listed (profiles' first verdicts are final). */
  readonly ready: Promise<void>;
  markReady(): void;
}

/** Creates the server's shared state over a connection. */
export function createSession(
  connection: Connection,
  today: string,
  workspace: WorkspaceFiles | undefined,
): Session {
  const serviceFor = (date: string) =>
    createLanguageService({
      today: date,
      pathwaySearch: workspace
        ? "in the workspace's `*.pathway.yaml` files or the open documents"
        : "in the open documents",
    });
  let service = serviceFor(today);
  const documents = new TextDocuments(TextDocument);
  const analysed = new Map<string, { version: number; doc: AnalysedDocument }>();
  const caches = new Map<string, ParseCache>();
  const pathways = createPathwayIndex();
  const profiles = createProfilesByPathway();
  const onDisk = new Map<string, string>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const samePathway = (a: PathwayCandidate | undefined, b: PathwayCandidate | undefined) =>
    a?.uri === b?.uri && a?.doc === b?.doc;
  /** A profile's analysis holds while the pathway it names is still the one it was checked against. */
  const holds = (doc: AnalysedDocument) =>
    doc.kind === "pathway" ||
    samePathway(doc.pathwayId && pathways.findPathway(doc.pathwayId.id), doc.pathway);

  const stateOf = (uri: string): DocumentState | undefined => {
    const text = documents.get(uri);
    if (!text) return undefined;
    const cached = analysed.get(uri);
    if (cached && cached.version === text.version && holds(cached.doc))
      return { text, doc: cached.doc };
    let doc: AnalysedDocument;
    if (isProfileUri(uri)) doc = service.analyzeProfile(text.getText(), pathways);
    else {
      let cache = caches.get(uri);
      if (!cache) {
        cache = createParseCache();
        caches.set(uri, cache);
      }
      doc = service.analyze(text.getText(), cache);
    }
    analysed.set(uri, { version: text.version, doc });
    return { text, doc };
  };
  const pathwayState = (uri: string) => {
    const state = stateOf(uri);
    return state?.doc.kind === "pathway" ? { text: state.text, doc: state.doc } : undefined;
  };
  const profileDoc = (uri: string): ProfileDocument | undefined => {
    const doc = stateOf(uri)?.doc;
    return doc?.kind === "profile" ? doc : undefined;
  };

  return {
    connection,
    documents,
    workspace,
    pathways,
    profiles,
    onDisk,
    service: () => service,
    setToday(date) {
      service = serviceFor(date);
    },
    stateOf,
    pathwayState,
    async settledState(uri) {
      if (isProfileUri(uri)) await ready;
      return stateOf(uri);
    },
    isCurrent(uri) {
      const cached = analysed.get(uri);
      return cached !== undefined && holds(cached.doc);
    },
    forget(uri) {
      analysed.delete(uri);
      caches.delete(uri);
    },
    reindex(uri) {
      const open = documents.get(uri) !== undefined;
      const text = onDisk.get(uri);
      if (isPathwayUri(uri)) {
        if (open) pathways.set(uri, () => pathwayState(uri)?.doc);
        else if (text !== undefined) pathways.set(uri, () => service.analyze(text));
        else pathways.delete(uri);
      } else if (isProfileUri(uri)) {
        if (open) profiles.set(uri, () => profileDoc(uri));
        else if (text !== undefined) profiles.set(uri, () => service.analyzeProfile(text));
        else profiles.delete(uri);
      }
    },
    ready,
    markReady: () => markReady(),
  };
}
