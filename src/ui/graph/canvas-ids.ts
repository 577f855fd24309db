/**
 * Element ids on the canvas. Events and links share one id space on a Cytoscape
 * instance but not in a story (an event may have the id of a link): so every canvas
 * id carries its kind, `e:` for an event's node and `l:` for a link's edge. Ids go
 * through these helpers wherever they cross between the story and the canvas.
 */
export const nodeId = (eventId: string): string => `e:${eventId}`;
export const edgeId = (linkId: string): string => `l:${linkId}`;

/** The story id of a canvas element id (an id without a known prefix is returned as is). */
export function storyId(canvasId: string): string {
  return canvasId.startsWith('e:') || canvasId.startsWith('l:') ? canvasId.slice(2) : canvasId;
}
