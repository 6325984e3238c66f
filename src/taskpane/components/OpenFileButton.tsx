import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { ChosenFile } from "../actions/openFileActions";
import { ACCEPTED_FILES } from "../logic/readChosenFile";

export interface OpenFileButtonProps {
  readonly label: string;
  readonly disabled: boolean;
  /** Several files at once (a month's tables from every school), or one. */
  readonly multiple?: boolean;
  readonly buttonTestId: string;
  readonly inputTestId: string;
  /** The files chosen, with their bytes; not called when the dialog is closed without a choice. */
  readonly onFiles: (files: readonly File[]) => void;
}

/** A button opening the system's file dialog (a hidden file input: the page cannot open one otherwise). */
export const OpenFileButton: React.FC<OpenFileButtonProps> = ({ label, disabled, multiple = false, buttonTestId, inputTestId, onFiles }) => {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button data-testid={buttonTestId} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={ACCEPTED_FILES}
        data-testid={inputTestId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) onFiles(files);
          // The same file chosen again (after editing it) must fire a change too.
          e.target.value = "";
        }}
      />
    </>
  );
};

/** The browser's files as the actions take them: name and bytes. */
export async function chosenFiles(files: readonly File[]): Promise<ChosenFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
