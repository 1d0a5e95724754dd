// A real OpenID Connect provider for the Deelwijs tests: npm `oidc-provider` (certified by the
// OpenID Foundation), with one confidential client registered for the node under test.
//
// Usage: node provider.mjs PORT REDIRECT_URI[,REDIRECT_URI…]. Prints "ready" once it listens; stops when its
// standard input closes. The sign-in page (the "interaction") signs in whoever the test named
// last with POST /test/next {"account": {...}, "mode": "..."}; modes make the provider
// misbehave the ways the node must notice:
//   normal            a correct answer
//   cancel            the person cancels at the provider (error=access_denied)
//   tamper_signature  the ID token's signature is altered
//   wrong_audience    the ID token is re-signed with another audience
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };

let account = { sub: 'anna-01', email: 'anna@school.example', email_verified: true, name: 'Anna de Vries', preferred_username: 'anna', schac_home_organization: 'school.example' };
let mode = 'normal';
const accounts = new Map();

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'deelwijs',
    client_secret: 'test-secret-for-deelwijs',
    redirect_uris: redirectUri.split(','),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [jwk] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
    schac_home_organization: ['schac_home_organization'],
  },
  // The claims of the scopes asked for go into the ID token itself, as Entree and SURFconext do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ ...accounts.get(sub), sub }) }),
  cookies: { keys: ['test-cookie-key'] },
});

provider.use(async (ctx, next) => {
  if (ctx.path === '/test/next' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    if (body.account) account = body.account;
    mode = body.mode ?? 'normal';
    ctx.body = { ok: true };
    return;
  }
  if (ctx.path.startsWith('/interaction/')) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (mode === 'cancel') {
      await provider.interactionFinished(ctx.req, ctx.res, { error: 'access_denied', error_description: 'The person cancelled.' }, { mergeWithLastSubmission: false });
      return;
    }
    accounts.set(account.sub, account);
    const grant = new provider.Grant({ accountId: account.sub, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.sub }, consent: { grantId } }, { mergeWithLastSubmission: false });
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.body && ctx.body.id_token && mode !== 'normal') {
    const [header, payload, signature] = ctx.body.id_token.split('.');
    if (mode === 'tamper_signature') {
      const flipped = (signature[10] === 'A' ? 'B' : 'A');
      ctx.body = { ...ctx.body, id_token: `${header}.${payload}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}` };
    } else if (mode === 'wrong_audience') {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const resigned = await new jose.SignJWT({ ...claims, aud: 'another-client' }).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).sign(privateKey);
      ctx.body = { ...ctx.body, id_token: resigned };
    }
  }
});

const server = createServer(provider.callback());
server.listen(Number(port), '127.0.0.1', () => {
  console.log('ready');
  // The test reads one line and closes its end: anything printed later goes to stderr.
  process.stdout.on('error', () => {});
  console.log = console.error;
  console.info = console.error;
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
