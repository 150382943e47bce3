#!/usr/bin/env node
// Cut GitHub's REST API OpenAPI description down to the operations the App uses, with every
// component they reference (transitively): schemas, parameters, responses, headers, examples.
// The fake GitHub of the end-to-end tests is checked against the cut through Prism
// (bot/tests/common/fake_github.rs).
//
//     node scripts/openapi-subset.mjs [INPUT] [OUTPUT]
//
// INPUT defaults to .test-deps/node_modules/@octokit/openapi/generated/api.github.com.json (the
// description with `$ref`s: the dereferenced one inlines everything and is ~6x larger); OUTPUT
// defaults to stdout. No dependencies beyond Node.js.
//
// To check one more endpoint, add one line to OPERATIONS.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The operations the App calls: "METHOD path" exactly as in the spec's `paths`. */
export const OPERATIONS = [
  "POST /app/installations/{installation_id}/access_tokens",
  "GET /repos/{owner}/{repo}",
  "GET /repos/{owner}/{repo}/pulls",
  "POST /repos/{owner}/{repo}/pulls",
  "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}",
  "POST /repos/{owner}/{repo}/check-runs",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues",
  "POST /repos/{owner}/{repo}/issues",
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
];

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const input =
  process.argv[2] ??
  join(root, ".test-deps/node_modules/@octokit/openapi/generated/api.github.com.json");
const spec = JSON.parse(readFileSync(input, "utf8"));

const out = {
  openapi: spec.openapi,
  info: { ...spec.info, description: `${spec.info.description ?? ""} (cut to: ${OPERATIONS.join(", ")})` },
  servers: spec.servers,
  paths: {},
  components: {},
};

// Every "#/components/<kind>/<name>" reachable from the chosen operations, copied once.
const pending = [];
function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") pending.push(value);
    else collect(value);
  }
}

for (const line of OPERATIONS) {
  const [method, path] = line.split(" ");
  const op = spec.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`openapi-subset: no operation ${line} in ${input}`);
  out.paths[path] ??= {};
  // Path-level parameters apply to every operation of the path.
  if (spec.paths[path].parameters) out.paths[path].parameters = spec.paths[path].parameters;
  out.paths[path][method.toLowerCase()] = op;
  collect(out.paths[path]);
}

const seen = new Set();
while (pending.length) {
  const ref = pending.pop();
  if (seen.has(ref)) continue;
  seen.add(ref);
  const m = /^#\/components\/([^/]+)\/(.+)$/.exec(ref);
  if (!m) throw new Error(`openapi-subset: unsupported $ref ${ref}`);
  const [, kind, name] = m;
  const target = spec.components?.[kind]?.[name];
  if (target === undefined) throw new Error(`openapi-subset: dangling $ref ${ref}`);
  out.components[kind] ??= {};
  out.components[kind][name] = target;
  collect(target);
}

const text = JSON.stringify(out, null, 1) + "\n";
if (process.argv[3]) writeFileSync(process.argv[3], text);
else process.stdout.write(text);
