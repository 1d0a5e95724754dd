// An independent ActivityPub peer built with Fedify, for the Deelwijs federation tests.
//
// Started as `<node 22> peer.mjs --port <PORT>` (PORT 0 picks a free port); prints
// `READY <PORT>` on stdout once it listens on 127.0.0.1 (and ::1 where there is one).
// Its origin is http://localhost:<PORT>. It serves one actor, /users/peer, and a small JSON
// control API under /control (see README.md). Fedify verifies every inbound signature
// (skipSignatureVerification stays false) and signs outgoing requests with RFC 9421 first,
// falling back to draft-cavage ("double knocking").

import http from "node:http";
import { randomUUID } from "node:crypto";
import {
  Accept,
  Activity,
  Article,
  Create,
  Endpoints,
  Follow,
  Hashtag,
  LanguageString,
  MemoryKvStore,
  Note,
  Object as APObject,
  PUBLIC_COLLECTION,
  Person,
  Reject,
  Undo,
  createFederation,
  generateCryptoKeyPair,
  getTypeId,
  isActor,
  signRequest,
} from "@fedify/fedify";

// ---------------------------------------------------------------------------------------------
// Arguments

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  const prefixed = process.argv.find((a) => a.startsWith(`--${name}=`));
  return prefixed ? prefixed.slice(name.length + 3) : fallback;
}

const requestedPort = Number(argument("port", "0"));
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  console.error("usage: peer.mjs --port <PORT>");
  process.exit(2);
}
const USERNAME = "peer";

if (process.env.FEDIFY_PEER_DEBUG) {
  // Fedify logs through LogTape (one of its own dependencies); only wired up when asked, and
  // to stderr: stdout carries nothing but the READY line.
  const { AsyncLocalStorage } = await import("node:async_hooks");
  const { configure, defaultTextFormatter } = await import("@logtape/logtape");
  await configure({
    contextLocalStorage: new AsyncLocalStorage(),
    sinks: { stderr: (record) => process.stderr.write(defaultTextFormatter(record)) },
    loggers: [
      { category: "fedify", lowestLevel: "debug", sinks: ["stderr"] },
      { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["stderr"] },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// State (in memory; the peer lives as long as one test)

const received = []; // inbound activities, in order
const outgoing = []; // outgoing HTTP requests with the scheme used and the answer
const followers = new Map(); // actor id -> { actor, follow }
const following = new Map(); // actor id -> { follow, state }
const objects = new Map(); // uuid -> Article | Note
const creates = []; // Create activities sent, for the outbox

function schemeOf(headers) {
  if (headers.has("signature-input")) return "rfc9421";
  if (headers.has("signature")) return "cavage";
  return "none";
}

// Every request Fedify (or the forge) makes goes through the global fetch: wrap it to record
// the signature scheme of each attempt and what the other side answered.
const originalFetch = globalThis.fetch;
globalThis.fetch = async function recordingFetch(input, init) {
  const request = input instanceof Request ? input : null;
  const method = (init?.method ?? request?.method ?? "GET").toUpperCase();
  const url = request ? request.url : String(input);
  const headers = new Headers(init?.headers ?? request?.headers ?? undefined);
  const entry = { method, url, scheme: schemeOf(headers), status: null };
  if (headers.has("signature-input")) entry.signature_input = headers.get("signature-input");
  if (method === "POST" && request && init?.body === undefined) {
    try {
      const body = JSON.parse(await request.clone().text());
      entry.activity_type = body.type ?? null;
      entry.activity_id = body.id ?? null;
    } catch {
      // not JSON: nothing to note
    }
  }
  outgoing.push(entry);
  try {
    const response = await originalFetch(input, init);
    entry.status = response.status;
    return response;
  } catch (error) {
    entry.error = String(error?.cause ?? error);
    throw error;
  }
};

// ---------------------------------------------------------------------------------------------
// Keys: an RSA key (what HTTP signatures use) and an Ed25519 key (Object Integrity Proofs)

const rsaPair = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const ed25519Pair = await generateCryptoKeyPair("Ed25519");

// ---------------------------------------------------------------------------------------------
// The HTTP server: started first so that --port 0 knows its port before Fedify is set up

let federation = null;
let origin = null;

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error("peer: request failed:", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: String(error) }));
  });
});

await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(requestedPort, "127.0.0.1", () => {
    server.off("error", reject);
    resolve();
  });
});
const port = server.address().port;
origin = `http://localhost:${port}`;

// Also on ::1, since "localhost" may resolve there first; a machine without IPv6 is fine.
const server6 = http.createServer((req, res) => server.emit("request", req, res));
server6.on("error", () => {});
server6.listen(port, "::1");

// ---------------------------------------------------------------------------------------------
// Fedify

federation = createFederation({
  kv: new MemoryKvStore(),
  origin,
  // The Deelwijs node lives on http://localhost:<port>: let the document loaders reach it.
  allowPrivateAddress: true,
  skipSignatureVerification: false,
  firstKnock: "rfc9421",
  // Tests want a delivery's outcome at once, not a retried queue.
});

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== USERNAME) return null;
    const keys = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Fedify peer",
      summary: "An independent ActivityPub peer (Fedify) for the Deelwijs federation tests.",
      url: ctx.getActorUri(identifier),
      inbox: ctx.getInboxUri(identifier),
      outbox: ctx.getOutboxUri(identifier),
      followers: ctx.getFollowersUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      manuallyApprovesFollowers: false,
      publicKey: keys[0].cryptographicKey,
      assertionMethods: keys.map((k) => k.multikey),
    });
  })
  .setKeyPairsDispatcher((_ctx, identifier) => (identifier === USERNAME ? [rsaPair, ed25519Pair] : []));

federation
  .setFollowersDispatcher("/users/{identifier}/followers", (_ctx, identifier) => {
    if (identifier !== USERNAME) return null;
    return { items: [...followers.values()].map((f) => f.actor) };
  })
  .setCounter((_ctx, identifier) => (identifier === USERNAME ? followers.size : null));

federation
  .setOutboxDispatcher("/users/{identifier}/outbox", (_ctx, identifier) => {
    if (identifier !== USERNAME) return null;
    return { items: [...creates].reverse() };
  })
  .setCounter((_ctx, identifier) => (identifier === USERNAME ? creates.length : null));

// Published objects are dereferenceable at their ids (/objects/<uuid>), whatever their type.
federation.setObjectDispatcher(APObject, "/objects/{id}", (_ctx, values) => objects.get(values.id) ?? null);

function typeName(object) {
  if (object == null) return null;
  const id = getTypeId(object).href;
  return id.replace(/^https:\/\/www\.w3\.org\/ns\/activitystreams#/, "");
}

function firstString(value) {
  if (value == null) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(firstString).find((v) => v != null) ?? null;
  if (typeof value === "object") return Object.values(value).map(firstString).find((v) => v != null) ?? null;
  return null;
}

// What is recorded for an inbound activity: from Fedify's parsed activity, and the embedded
// object's type and name from the JSON as it arrived (so nothing is fetched to record it).
function record(ctx, activity) {
  const raw = ctx.data?.json ?? {};
  const rawObject = Array.isArray(raw.object) ? raw.object[0] : raw.object;
  const embedded = rawObject != null && typeof rawObject === "object" ? rawObject : null;
  const entry = {
    type: typeName(activity),
    id: activity.id?.href ?? null,
    actor: activity.actorId?.href ?? null,
    object_id: activity.objectId?.href ?? (typeof rawObject === "string" ? rawObject : embedded?.id ?? null),
    object_type: embedded ? firstString(embedded.type) : null,
    object_name: embedded ? firstString(embedded.name) ?? firstString(embedded.nameMap) : null,
    object_content: embedded ? firstString(embedded.content) : null,
    object_mentions: embedded == null ? [] : [embedded.tag ?? []].flat().filter((t) => t?.type === "Mention").map((t) => t.href),
    scheme: ctx.data?.scheme ?? "none",
    inbox: ctx.recipient == null ? "shared" : "personal",
    signature_input: ctx.data?.signatureInput ?? null,
  };
  received.push(entry);
  console.error(`peer: received ${entry.type} ${entry.id} from ${entry.actor} (${entry.scheme})`);
  return entry;
}

function newId(kind) {
  return new URL(`/${kind}/${randomUUID()}`, origin);
}

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Follow, async (ctx, follow) => {
    record(ctx, follow);
    if (follow.objectId?.href !== ctx.getActorUri(USERNAME).href) return;
    const follower = await follow.getActor(ctx);
    if (!isActor(follower) || follower.id == null) return;
    followers.set(follower.id.href, { actor: follower, follow: follow.id?.href ?? null });
    const accept = new Accept({
      id: newId("activities"),
      actor: ctx.getActorUri(USERNAME),
      object: follow,
      to: follower.id,
    });
    // Answer after this request has been answered; the outcome shows in /control/outgoing.
    setImmediate(() => {
      ctx.sendActivity({ identifier: USERNAME }, follower, accept).catch((error) => {
        console.error(`peer: sending Accept to ${follower.id.href} failed: ${error}`);
      });
    });
  })
  .on(Undo, async (ctx, undo) => {
    record(ctx, undo);
    // Undo(Follow): the Follow embedded, or the id of a Follow recorded from that actor.
    const actorId = undo.actorId?.href;
    const f = followers.get(actorId);
    const raw = ctx.data?.json?.object;
    const undoneType = raw != null && typeof raw === "object" ? firstString(raw.type) : null;
    if (f && (undoneType === "Follow" || (f.follow != null && f.follow === undo.objectId?.href))) {
      followers.delete(actorId);
    }
  })
  .on(Accept, async (ctx, accept) => {
    record(ctx, accept);
    const f = following.get(accept.actorId?.href);
    if (f) f.state = "accepted";
  })
  .on(Reject, async (ctx, reject) => {
    record(ctx, reject);
    const f = following.get(reject.actorId?.href);
    if (f) f.state = "rejected";
  })
  // Create, Update, Delete, Announce and everything else: accepted and recorded.
  .on(Activity, async (ctx, activity) => {
    record(ctx, activity);
  })
  .onError((_ctx, error) => {
    console.error("peer: inbox error:", error);
  })
  // Each inbox keeps its own record of what it has seen (Fedify 2's default): an activity
  // delivered to both the shared and the personal inbox is recorded twice.
  .withIdempotency("per-inbox");

// ---------------------------------------------------------------------------------------------
// The control API

function context() {
  return federation.createContext(new URL(origin), {});
}

async function lookupActor(ctx, target) {
  const documentLoader = await ctx.getDocumentLoader({ identifier: USERNAME });
  const actor = await ctx.lookupObject(target, { documentLoader });
  if (!isActor(actor) || actor.id == null) throw new HttpError(422, `not an actor: ${target}`);
  return actor;
}

// Fetches an object as Fedify reads it (signed, with its JSON-LD processing): what another
// server makes of one of Deelwijs's objects.
async function lookup(body) {
  if (typeof body.url !== "string") throw new HttpError(400, "url is required");
  const ctx = context();
  const documentLoader = await ctx.getDocumentLoader({ identifier: USERNAME });
  const object = await ctx.lookupObject(body.url, { documentLoader });
  if (object == null) throw new HttpError(404, `nothing at ${body.url}`);
  return {
    is_note: object instanceof Note,
    kind: object instanceof Article ? "Article" : object instanceof Note ? "Note" : null,
    name: object.name?.toString() ?? null,
    id: object.id?.href ?? null,
    content: object.content?.toString() ?? null,
    in_reply_to: object.replyTargetId?.href ?? null,
    attributed_to: object.attributionId?.href ?? null,
  };
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function follow(body) {
  if (typeof body.target !== "string") throw new HttpError(400, "target is required");
  const ctx = context();
  const actor = await lookupActor(ctx, body.target);
  const activity = new Follow({
    id: newId("activities"),
    actor: ctx.getActorUri(USERNAME),
    object: actor.id,
    to: actor.id,
  });
  following.set(actor.id.href, { follow: activity, state: "pending" });
  await ctx.sendActivity({ identifier: USERNAME }, actor, activity);
  return { id: activity.id.href };
}

async function undoFollow(body) {
  if (typeof body.target !== "string") throw new HttpError(400, "target is required");
  const ctx = context();
  const actor = await lookupActor(ctx, body.target);
  const f = following.get(actor.id.href);
  const followActivity =
    f?.follow ?? new Follow({ id: newId("activities"), actor: ctx.getActorUri(USERNAME), object: actor.id });
  const undo = new Undo({
    id: newId("activities"),
    actor: ctx.getActorUri(USERNAME),
    object: followActivity,
    to: actor.id,
  });
  await ctx.sendActivity({ identifier: USERNAME }, actor, undo);
  following.delete(actor.id.href);
  return { id: undo.id.href };
}

async function publish(body) {
  const kind = body.type ?? "Article";
  if (kind !== "Article" && kind !== "Note") throw new HttpError(400, "type must be Article or Note");
  if (typeof body.content !== "string" && (body.contentMap == null || typeof body.contentMap !== "object")) {
    throw new HttpError(400, "content or contentMap is required");
  }
  const ctx = context();
  const uuid = randomUUID();
  const id = ctx.getObjectUri(APObject, { id: uuid });
  const contents = [];
  if (typeof body.content === "string") contents.push(body.content);
  for (const [language, text] of Object.entries(body.contentMap ?? {})) {
    contents.push(new LanguageString(String(text), language));
  }
  const tags = (body.tags ?? []).map(
    (tag) =>
      new Hashtag({
        name: `#${String(tag).replace(/^#/, "")}`,
        href: new URL(`/tags/${encodeURIComponent(String(tag).replace(/^#/, ""))}`, origin),
      }),
  );
  const values = {
    id,
    attribution: ctx.getActorUri(USERNAME),
    to: PUBLIC_COLLECTION,
    cc: ctx.getFollowersUri(USERNAME),
    url: id,
    contents,
    tags,
  };
  if (typeof body.name === "string") values.name = body.name;
  // A reply (a comment on a help question, say).
  if (typeof body.in_reply_to === "string") values.replyTarget = new URL(body.in_reply_to);
  const object = kind === "Article" ? new Article(values) : new Note(values);
  objects.set(uuid, object);
  const create = new Create({
    id: new URL(`${id.href}#create`),
    actor: ctx.getActorUri(USERNAME),
    to: PUBLIC_COLLECTION,
    cc: ctx.getFollowersUri(USERNAME),
    object,
  });
  creates.push(create);
  await ctx.sendActivity({ identifier: USERNAME }, "followers", create, { preferSharedInbox: true });
  return { id: id.href, activity: create.id.href, recipients: followers.size };
}

// A Create signed (RFC 9421) with a fresh key that is not the actor's published key, under the
// actor's own key id: the receiver must refuse it.
async function forge(body) {
  if (typeof body.target_inbox !== "string") throw new HttpError(400, "target_inbox is required");
  const ctx = context();
  const actor = ctx.getActorUri(USERNAME);
  const uuid = randomUUID();
  const objectId = new URL(`/objects/${uuid}`, origin);
  const activity = {
    "@context": "https://www.w3.org/ns/activitystreams",
    id: `${objectId.href}#create`,
    type: "Create",
    actor: actor.href,
    to: [PUBLIC_COLLECTION.href],
    object: {
      id: objectId.href,
      type: "Article",
      attributedTo: actor.href,
      to: [PUBLIC_COLLECTION.href],
      name: "Forged article",
      content: "<p>This was not signed by the actor's key.</p>",
    },
  };
  const strangerKey = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
  const keyId = (await ctx.getActorKeyPairs(USERNAME))[0].keyId;
  const request = new Request(body.target_inbox, {
    method: "POST",
    headers: { "content-type": "application/activity+json", accept: "application/activity+json" },
    body: JSON.stringify(activity),
  });
  const signed = await signRequest(request, strangerKey.privateKey, keyId, { spec: "rfc9421" });
  const response = await fetch(signed);
  const answer = await response.text();
  for (const entry of outgoing) if (entry.activity_id === activity.id) entry.forged = true;
  return { status: response.status, body: answer.slice(0, 1024), id: activity.id, key_id: keyId.href };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sendJson(res, status, value) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

async function control(req, res, path, body) {
  const json = () => {
    if (body.length === 0) return {};
    try {
      return JSON.parse(body.toString("utf8"));
    } catch {
      throw new HttpError(400, "the body is not JSON");
    }
  };
  const routes = {
    "GET /control/received": () => received,
    "GET /control/outgoing": () => outgoing,
    "GET /control/followers": () => [...followers.keys()],
    "GET /control/following": () => [...following].map(([actor, f]) => ({ actor, follow: f.follow.id.href, state: f.state })),
    "POST /control/follow": () => follow(json()),
    "POST /control/undo-follow": () => undoFollow(json()),
    "POST /control/publish": () => publish(json()),
    "POST /control/forge": () => forge(json()),
    "POST /control/lookup": () => lookup(json()),
  };
  const route = routes[`${req.method} ${path}`];
  if (route == null) return sendJson(res, 404, { error: `no such control route: ${req.method} ${path}` });
  try {
    sendJson(res, 200, await route());
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 502;
    console.error(`peer: ${req.method} ${path} failed:`, error);
    sendJson(res, status, { error: String(error?.message ?? error) });
  }
}

async function handle(req, res) {
  const url = new URL(req.url, `http://${req.headers.host ?? `localhost:${port}`}`);
  const body = req.method === "GET" || req.method === "HEAD" ? Buffer.alloc(0) : await readBody(req);
  if (url.pathname.startsWith("/control/")) return control(req, res, url.pathname, body);

  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const request = new Request(url, {
    method: req.method,
    headers,
    body: body.length > 0 ? body : undefined,
  });
  let json = null;
  if (req.method === "POST") {
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      // Fedify answers it
    }
  }
  const response = await federation.fetch(request, {
    contextData: { scheme: schemeOf(headers), signatureInput: headers.get("signature-input"), json },
  });
  const out = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
process.stdout.write(`READY ${port}\n`);
