// The scene a benchmark page shows: the one named by ?scene=, read from
// GET /api/scenes/{id} (the call the Pinpoint viewer makes). Shared by the
// peer page (annotorious/) and the floor (floor/).
export async function sceneOfThisPage() {
  const id = new URLSearchParams(location.search).get('scene');
  const response = await fetch(`/api/scenes/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`scene ${id}: ${response.status}`);
  return response.json();
}
