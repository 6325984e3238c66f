import type { HostTheme } from "../../app/services";

export type ThemeKind = "light" | "dark" | "highContrast";

/**
 * Which Fluent theme matches Office's. Office reports no "high contrast" flag: the browser's forced-colors mode
 * says so, and so does a pure black body. Dark when Office says so or the body is dark.
 */
export function themeKind(theme: HostTheme | null, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "highContrast";
  if (!theme) return "light";
  const bg = luminance(theme.bodyBackgroundColor);
  const fg = luminance(theme.bodyForegroundColor);
  // Office's own dark themes are greys; pure black under white or yellow text is a high-contrast scheme.
  if (bg === 0 && (fg === 1 || isYellow(theme.bodyForegroundColor))) return "highContrast";
  if (theme.isDarkTheme === true) return "dark";
  return bg !== null && bg < 0.35 ? "dark" : "light";
}

/** Relative luminance (0 black … 1 white) of "#rrggbb", or null when it is not such a colour. */
export function luminance(colour: string | undefined): number | null {
  const m = colour ? /^#?([0-9a-f]{6})$/i.exec(colour.trim()) : null;
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) * 1000) / 1000;
}

function isYellow(colour: string | undefined): boolean {
  return /^#?ffff00$/i.test(colour?.trim() ?? "");
}
