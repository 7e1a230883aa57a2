import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { PaneTheme } from "./adapter";

/** Follow Outlook's theme: a dark body background means the dark theme. */
export function themeFor(office: PaneTheme | undefined): Theme {
  const hex = office?.bodyBackgroundColor?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
