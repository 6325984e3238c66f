import { associateCommand } from "../excel/officeBoot";
import { validateActiveSheet } from "./validateActiveSheet";

/** Ribbon commands (manifest.xml: FunctionName validateActiveSheet). They run without the pane. */
associateCommand("validateActiveSheet", validateActiveSheet);
