import { useCallback, useEffect, useState } from "react";
import { usePane } from "../paneContext";

/**
 * The workbook's sheet names, read when the tab first shows and again whenever a sheet is added or deleted while
 * the pane is open (and on demand).
 */
export function useSheetNames(): { names: readonly string[]; active: string | null; refresh: () => Promise<void> } {
  const { services } = usePane();
  const [state, setState] = useState<{ names: readonly string[]; active: string | null }>({ names: [], active: null });
  const refresh = useCallback(async () => {
    try {
      const listed = await services.listSheets();
      setState({ names: listed.names, active: listed.active });
    } catch {
      // The list is a convenience: a failure here shows up again, with its message, when the user runs the action.
    }
  }, [services]);
  useEffect(() => {
    void refresh();
    let stop: (() => void) | null = null;
    let active = true;
    services
      .watchSheetList(() => void refresh())
      .then((s) => (active ? (stop = s) : s()))
      .catch(() => undefined); // an Excel without these events (before ExcelApi 1.7) lists the sheets on each visit
    return () => {
      active = false;
      stop?.();
    };
  }, [refresh, services]);
  return { ...state, refresh };
}
