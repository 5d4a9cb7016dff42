// The benchmark's Annotorious page: reads the scene named by ?scene= from
// GET /api/scenes/{id} (the call the Pinpoint viewer makes), shows its
// picture, and draws each hotspot read-only as a small square annotation
// (a W3C annotation with a FragmentSelector `xywh=pixel:...`). The benchmark
// counts it interactive once all N `.a9s-annotation` shapes are in the DOM:
// each gets its mouse listeners before it is attached.
/* global Annotorious */
import { sceneOfThisPage } from '/bench/scene.js';

const SIDE = 12; // shape size in picture pixels

const stage = document.getElementById('stage');
const scene = await sceneOfThisPage();

const { width, height, asset_id: asset, alt } = scene.image;
const img = document.createElement('img');
img.src = `/api/assets/${asset}`;
img.alt = alt;
img.width = width;
img.height = height;
stage.append(img);

const annotations = scene.hotspots.map((h, i) => {
  const x = Math.min(Math.max(h.x * width - SIDE / 2, 0), width - SIDE);
  const y = Math.min(Math.max(h.y * height - SIDE / 2, 0), height - SIDE);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `#${h.id || i}`,
    body: [{ type: 'TextualBody', purpose: 'commenting', value: h.title || `Hotspot ${i + 1}` }],
    target: {
      selector: {
        type: 'FragmentSelector',
        conformsTo: 'http://www.w3.org/TR/media-frags/',
        value: `xywh=pixel:${x.toFixed(1)},${y.toFixed(1)},${SIDE},${SIDE}`,
      },
    },
  };
});

// Annotorious draws once the picture has loaded (it needs its natural size).
const anno = Annotorious.init({ image: img, readOnly: true });
anno.setAnnotations(annotations);
stage.removeAttribute('aria-busy');
