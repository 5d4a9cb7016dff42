// Pinpoint in a course platform (LTI 1.3), as a teacher and a learner meet
// it: a platform written here runs on loopback under another site's name
// (`localhost`, Pinpoint being `127.0.0.1`), signs launches with a real RS256
// key and frames Pinpoint as Canvas or Moodle would. The teacher adds a
// scene from the course editor by keyboard; the platform checks the answer
// with Pinpoint's published keys; a learner opens the link in the frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createPublicKey } from 'node:crypto';
import { resolve } from 'node:path';
import { SignJWT, importPKCS8, exportJWK, createRemoteJWKSet, jwtVerify } from 'jose';
import { serverAndBrowser } from './fixtures/world.mjs';
import { Api } from './fixtures/api.mjs';

const CLIENT_ID = 'pinpoint-in-course';
const DEPLOYMENT = 'deployment-1';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
const keyFile = resolve(import.meta.dirname, '../../server/tests/lti/platform-key-1.pem');

const world = serverAndBrowser({ setup: startPlatform });

/** A page that posts `fields` to `action` at once, as platforms do. */
function autoPost(action, fields) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`).join('');
  return `<!doctype html><form method="post" action="${action}">${inputs}</form>
    <script>document.forms[0].submit()</script>`;
}

async function body(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return new URLSearchParams(text);
}

async function startPlatform(world) {
  const pem = await readFile(keyFile, 'utf8');
  const privateKey = await importPKCS8(pem, 'RS256');
  const jwk = { ...(await exportJWK(createPublicKey(pem))), kid: 'course-key', alg: 'RS256', use: 'sig' };
  const toolKeys = createRemoteJWKSet(new URL(`${world.server.base}/lti/jwks.json`));
  const links = []; // the course's resource links: { title, custom }
  const platform = { links, received: [] };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, platform.base);
    const html = (status, page) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    };
    // The course page: Pinpoint in a frame, its login started by the frame.
    if (url.pathname === '/course') {
      const hint = url.searchParams.get('open') ?? 'deep';
      const login = new URL(`${world.server.base}/lti/login`);
      login.search = new URLSearchParams({
        iss: platform.base, login_hint: hint === 'deep' ? 'teacher-1' : 'learner-7',
        lti_message_hint: hint, client_id: CLIENT_ID, target_link_uri: `${world.server.base}/lti/launch`,
      });
      return html(200, `<!doctype html><title>Course</title><h1>Geography 7B</h1>
        <iframe title="Pinpoint" src="${login}" style="width: 900px; height: 640px"></iframe>`);
    }
    if (url.pathname === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ keys: [jwk] }));
    }
    // The platform signs the launch Pinpoint asked for.
    if (url.pathname === '/auth') {
      const q = url.searchParams;
      const hint = q.get('lti_message_hint');
      const claims = {
        nonce: q.get('nonce'),
        [`${LTI}/version`]: '1.3.0',
        [`${LTI}/deployment_id`]: DEPLOYMENT,
        [`${LTI}/target_link_uri`]: `${world.server.base}/lti/launch`,
      };
      if (hint === 'deep') {
        Object.assign(claims, {
          [`${LTI}/message_type`]: 'LtiDeepLinkingRequest',
          [`${LTI}/roles`]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'],
          'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
            deep_link_return_url: `${platform.base}/deep_link_return`,
            accept_types: ['ltiResourceLink'],
            accept_presentation_document_targets: ['iframe'],
            data: 'course-7b',
          },
        });
      } else {
        Object.assign(claims, {
          [`${LTI}/message_type`]: 'LtiResourceLinkRequest',
          [`${LTI}/roles`]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
          [`${LTI}/resource_link`]: { id: hint },
          [`${LTI}/custom`]: links[Number(hint)].custom,
        });
      }
      const idToken = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'course-key' })
        .setIssuer(platform.base).setAudience(CLIENT_ID).setSubject(q.get('login_hint'))
        .setIssuedAt().setExpirationTime('5m')
        .sign(privateKey);
      return html(200, autoPost(q.get('redirect_uri'), { id_token: idToken, state: q.get('state') }));
    }
    // Pinpoint's answer to the deep link, checked with its published keys.
    if (url.pathname === '/deep_link_return' && request.method === 'POST') {
      try {
        const { payload } = await jwtVerify((await body(request)).get('JWT'), toolKeys, {
          issuer: CLIENT_ID, audience: platform.base,
        });
        platform.received.push(payload);
        const items = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'];
        for (const item of items) links.push(item);
        return html(200, `<!doctype html><p>Added to the course: ${items.map((i) => i.title).join(', ')}</p>`);
      } catch (e) {
        return html(400, `<!doctype html><p>Refused: ${e.message}</p>`);
      }
    }
    html(404, 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  platform.base = `http://localhost:${server.address().port}`;
  world.platform = platform;
  world.stopPlatform = () => server.close();

  // A school's admin registers the platform; a teacher has a shared scene.
  const admin = new Api(world.server.base);
  await admin.call('/api/auth/signup', {
    method: 'POST',
    body: { username: 'ms-lind', email: 'lind@hill.example', password: 'correct horse', kind: 'teacher', school_name: 'Hill School' },
  });
  await admin.call('/api/school/lti/platforms', {
    method: 'POST',
    body: {
      issuer: platform.base, client_id: CLIENT_ID, deployment_id: DEPLOYMENT,
      auth_url: `${platform.base}/auth`, jwks_url: `${platform.base}/jwks`,
    },
  });
  world.scene = await admin.scene({
    title: 'Volcano', visibility: 'unlisted',
    hotspots: [{ x: 0.5, y: 0.3, title: 'Crater', text: 'Hot rock comes out here.' }],
  });
  await admin.scene({ title: 'Draft tour', visibility: 'private' });
}

test('a teacher adds a scene from the course editor by keyboard, and a learner opens it in the course', async () => {
  const context = await world.browser.newContext();
  const teacher = await context.newPage();
  await teacher.goto(`${world.platform.base}/course`);
  const frame = teacher.frameLocator('iframe[title="Pinpoint"]');

  // Linked once, with Pinpoint's password, inside the frame.
  await frame.getByRole('heading', { name: 'Link your Pinpoint account' }).waitFor();
  await frame.getByLabel('Email or username').fill('lind@hill.example');
  await frame.getByLabel('Password').fill('not the password');
  await frame.getByLabel('Password').press('Enter');
  await frame.getByRole('alert').filter({ hasText: 'Wrong email, username or password' }).waitFor();
  await frame.getByLabel('Email or username').fill('ms-lind');
  await frame.getByLabel('Password').fill('correct horse');
  await frame.getByLabel('Password').press('Enter');

  // Shared scenes can be added; the private one says why not.
  await frame.getByRole('heading', { name: 'Add a Pinpoint scene' }).waitFor();
  await frame.getByText('Private: learners could not open it').waitFor();
  assert.equal(await frame.getByRole('button', { name: 'Add Draft tour' }).count(), 0);
  const add = frame.getByRole('button', { name: 'Add Volcano' });
  await add.focus();
  await teacher.keyboard.press('Enter');

  // The platform checked Pinpoint's signed answer and made the link.
  await frame.getByText('Added to the course: Volcano').waitFor();
  const [answer] = world.platform.received;
  assert.equal(answer[`${LTI}/message_type`], 'LtiDeepLinkingResponse');
  assert.equal(answer['https://purl.imsglobal.org/spec/lti-dl/claim/data'], 'course-7b');
  assert.deepEqual(world.platform.links[0].custom, { scene: world.scene.id });
  assert.equal(world.platform.links[0].url, `${world.server.base}/lti/launch`);

  // A learner opens the link: the scene, in the frame, with no cookie.
  const learnerContext = await world.browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(`${world.platform.base}/course?open=0`);
  const viewer = learner.frameLocator('iframe[title="Pinpoint"]');
  await viewer.getByRole('button', { name: 'Crater' }).click();
  await viewer.getByRole('dialog', { name: 'Crater' }).getByText('Hot rock comes out here.').waitFor();
  assert.deepEqual(await learnerContext.cookies(world.server.base), []);

  await learnerContext.close();
  await context.close();
  world.stopPlatform();
});
