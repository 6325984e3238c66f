import { associateCommand } from "../excel/officeBoot";
import { validateActiveSheet } from "./validateActiveSheet";

/** Ribbon commands (manifest.xml: FunctionName validateActiveSheet). They run without the pane. */
/* global window */

// Where the webview guard in commands.html found the features missing, its own command explains that instead.
if ((window as { __plankadryUnsupported?: boolean }).__plankadryUnsupported !== true) associateCommand("validateActiveSheet", validateActiveSheet);
