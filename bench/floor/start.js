// The floor page: reads the scene named by ?scene= from GET
// /api/scenes/{id} and puts each hotspot on the picture as a plain button
// (its name as its label, one click listener on the stage for all). The
// benchmark counts it interactive once all N `.m` buttons are in the DOM.
import { sceneOfThisPage } from '/bench/scene.js';

const stage = document.getElementById('stage');
const scene = await sceneOfThisPage();

const { width, height, asset_id: asset, alt } = scene.image;
const picture = document.createElement('div');
picture.className = 'picture';
picture.style.aspectRatio = `${width} / ${height}`;
const img = document.createElement('img');
img.src = `/api/assets/${asset}`;
img.alt = alt;
img.decoding = 'async';
picture.append(img);
const buttons = document.createDocumentFragment();
scene.hotspots.forEach((h, i) => {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'm';
  button.ariaLabel = h.title || `Hotspot ${i + 1}`;
  button.style.left = `${h.x * 100}%`;
  button.style.top = `${h.y * 100}%`;
  buttons.append(button);
});
picture.addEventListener('click', (event) => {
  const button = event.target.closest('.m');
  if (button) button.ariaPressed = 'true';
});
picture.append(buttons);
stage.append(picture);
stage.removeAttribute('aria-busy');
