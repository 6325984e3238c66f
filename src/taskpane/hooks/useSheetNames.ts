import { useCallback, useEffect, useState } from "react";
import { usePane } from "../paneContext";

/** The workbook's sheet names, read when the tab first shows and again on demand (sheets come and go). */
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
  }, [refresh]);
  return { ...state, refresh };
}
