/**
 * A host that drops every `numberFormat` write, deep in the proxies it hands out: an adapter that "forgot" the
 * "@" step. The strict fake must then coerce the texts, which proves the tests would catch such an adapter.
 */
import type { ExcelHost } from "../../src/excel/excelHost";

function forget<T>(target: T): T {
  if (typeof target !== "object" || target === null) return target;
  return new Proxy(target as object, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof value === "function") return (...args: unknown[]) => forget(value.apply(obj, args));
      return forget(value);
    },
    set(obj, prop, value) {
      if (prop === "numberFormat") return true;
      return Reflect.set(obj, prop, value, obj);
    },
  }) as T;
}

export function forgetfulHost(host: ExcelHost): ExcelHost {
  return { ...host, run: (batch) => host.run((context) => batch(forget(context))) };
}
