// openwash for VS Code: starts `openwash lsp` and hands it the documents openwash reads.
// Everything else (diagnostics, quick fixes, fix all, hover) comes from the server.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

const LANGUAGES = ["markdown", "mdx", "restructuredtext", "html", "plaintext"];
const SERVER_SETTINGS = ["select", "ignore", "debounce"]; // what `openwash lsp` accepts

let client;

/** The settings the server understands (the command path is the extension's own). */
function serverSettings() {
  const config = vscode.workspace.getConfiguration("openwash");
  const out = {};
  for (const key of SERVER_SETTINGS) {
    const value = config.get(key);
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

function createClient() {
  const command = vscode.workspace.getConfiguration("openwash").get("path") || "openwash";
  const serverOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: serverSettings(),
    middleware: {
      workspace: {
        // The server asks for the "openwash" section: answer with what it knows only.
        configuration: (params, token, next) =>
          params.items.map((item) => (item.section === "openwash" ? serverSettings() : null)),
      },
    },
  };
  return new LanguageClient("openwash", "openwash", serverOptions, clientOptions);
}

async function start(context) {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const command = vscode.workspace.getConfiguration("openwash").get("path");
    vscode.window.showErrorMessage(
      `openwash: could not start '${command} lsp' (${error.message || error}). ` +
        "Install openwash (pip install openwash) or set openwash.path."
    );
  }
}

async function restart(context) {
  if (client) {
    const old = client;
    client = undefined;
    await old.stop().catch(() => undefined);
  }
  await start(context);
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("openwash.restartServer", () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration("openwash")) return;
      if (event.affectsConfiguration("openwash.path")) {
        restart(context);
      } else if (client && client.isRunning()) {
        client.sendNotification("workspace/didChangeConfiguration", { settings: serverSettings() });
      }
    })
  );
  await start(context);
  return { client: () => client };
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
