/**
 * System errors (errno codes) as reasons of INPUT_ERROR_MESSAGES, so that a full disk or a missing folder is one
 * Russian line naming the path instead of «внутренняя ошибка: ENOSPC …». Reading and writing differ only where the
 * same code means different things to the user (ENOENT: no such file / no such folder).
 */
type Direction = "read" | "write";

const REASONS: Readonly<Record<string, Readonly<Record<Direction, string>>>> = {
  ENOENT: { read: "not_found", write: "out_folder_missing" },
  ENOTDIR: { read: "not_found", write: "out_folder_missing" },
  EISDIR: { read: "is_directory", write: "out_is_directory" },
  EACCES: { read: "no_permission", write: "no_write_permission" },
  EPERM: { read: "no_permission", write: "no_write_permission" },
  EROFS: { read: "no_permission", write: "read_only" },
  ENOSPC: { read: "io_error", write: "disk_full" },
  EDQUOT: { read: "io_error", write: "disk_full" },
  EFBIG: { read: "too_large", write: "file_size_limit" },
  ELOOP: { read: "symlink_loop", write: "symlink_loop" },
  ENAMETOOLONG: { read: "name_too_long", write: "name_too_long" },
  EIO: { read: "io_error", write: "io_error" },
  ENXIO: { read: "not_regular", write: "out_not_regular" },
  EBUSY: { read: "io_error", write: "io_error" },
  ETXTBSY: { read: "io_error", write: "io_error" },
  EMFILE: { read: "io_error", write: "io_error" },
  ENFILE: { read: "io_error", write: "io_error" },
};

export function systemErrorReason(err: unknown, direction: Direction): { reason: string; detail?: string } {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reason = typeof code === "string" ? REASONS[code]?.[direction] : undefined;
  if (reason) return { reason, detail: reason === "io_error" ? code : undefined };
  // Not a system error we know: its code (never its message, which may quote a path or content) says what it was.
  return { reason: "io_error", detail: typeof code === "string" ? code : undefined };
}
