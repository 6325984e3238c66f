/**
 * Russian texts of the standalone web page's run results: the reference of this area.
 * Ids start with "web."; web/en.ts is typed against this file.
 */
export const webRu = {
  "web.untitled": "(без названия)",
} as const;

export type WebMessageId = keyof typeof webRu;
