// A real OpenID Provider for the server's sign-in tests: panva's certified
// `oidc-provider`, on a loopback port, with one client (Pinpoint) and a
// few school accounts. Nobody types a password: before each sign-in the
// test says who signs in next (`POST /test/next {"account": "..."}`), and
// the provider's interaction logs that account in and grants the scopes.
//
//   node server/tests/oidc/provider.mjs PORT REDIRECT_URI CLIENT_SECRET
//
// Prints `ready` once it serves. Accounts: the account id is the subject;
// `email_verified` is true unless the id starts with `unverified`.
import http from 'node:http';
import Provider from 'oidc-provider';

const [port, redirectUri, clientSecret] = process.argv.slice(2);
if (!port || !redirectUri || !clientSecret) {
  console.error('usage: provider.mjs PORT REDIRECT_URI CLIENT_SECRET');
  process.exit(2);
}

const emails = {
  'pupil-1': 'ava@hill.example',
  'pupil-2': 'ben@hill.example',
  'teacher-1': 'ms.kay@hill.example',
  'outsider-1': 'sam@elsewhere.example',
  'unverified-1': 'eve@hill.example',
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'pinpoint',
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }],
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_ctx, id) {
    if (!emails[id]) return undefined;
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: emails[id],
          email_verified: !id.startsWith('unverified'),
          name: id,
        };
      },
    };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false } },
  cookies: { keys: ['a test key that signs the provider cookies'] },
});
// Plain HTTP on loopback is what the test needs.
provider.proxy = false;

let next = null;

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  if (!next) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('no account chosen: POST /test/next first');
    return;
  }
  const accountId = next;
  next = null;
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope('openid email profile');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, {
    login: { accountId },
    consent: { grantId },
  }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/test/next') {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      next = JSON.parse(body).account;
      res.writeHead(204);
      res.end();
    });
    return;
  }
  if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((e) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
    return;
  }
  callback(req, res);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
