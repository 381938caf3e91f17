// The Pathwise language server, as published for browsers: LSP over postMessage.
import "@pathwise/language-server/browser";
