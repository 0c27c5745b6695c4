// @ts-self-types="./observability.d.ts"
// deno-fmt-ignore-file
// deno-lint-ignore-file
// lockbox 0.2.0: observability bundle for Node.js >= 20, Bun 1.x and Deno 2
// (observability.{node,bun,deno}.mjs are the same bytes; types: observability.*.d.mts)
// source commit: 6d8207411f4e5e99674dfbe7135a13b272b53c57
// built by scripts/build.ts with esbuild 0.28.2; do not edit, rebuild
// worker script: observability.ts with OpenTelemetry inlined, embedded as the string
// LOCKBOX_WORKER_SOURCE (126089 bytes, sha256 9ea3e1ffd1644bdafae1f7d7ab19ff9ff6f8ed95d5724c320fc4aac393fac47e)
// third-party licenses: ./THIRD_PARTY_NOTICES.txt
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// lockbox-consumer-stub:@opentelemetry/api
var require_api = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/api"() {
    throw new Error("lockbox: @opentelemetry/api is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// lockbox-consumer-stub:@opentelemetry/resources
var require_resources = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/resources"() {
    throw new Error("lockbox: @opentelemetry/resources is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// lockbox-consumer-stub:@opentelemetry/sdk-logs
var require_sdk_logs = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/sdk-logs"() {
    throw new Error("lockbox: @opentelemetry/sdk-logs is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// lockbox-consumer-stub:@opentelemetry/otlp-exporter-base
var require_otlp_exporter_base = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/otlp-exporter-base"() {
    throw new Error("lockbox: @opentelemetry/otlp-exporter-base is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// lockbox-consumer-stub:@opentelemetry/otlp-exporter-base/node-http
var require_node_http = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/otlp-exporter-base/node-http"() {
    throw new Error("lockbox: @opentelemetry/otlp-exporter-base/node-http is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// lockbox-consumer-stub:@opentelemetry/otlp-transformer
var require_otlp_transformer = __commonJS({
  "lockbox-consumer-stub:@opentelemetry/otlp-transformer"() {
    throw new Error("lockbox: @opentelemetry/otlp-transformer is not in this bundle; the consumer loads it from the embedded worker script");
  }
});

// observability.ts
import { Buffer as Buffer2 } from "node:buffer";
import { randomUUID } from "node:crypto";
import { write, writeSync } from "node:fs";
import process from "node:process";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var VERSION = "0.2.0";
var LEVELS = ["debug", "info", "warn", "error", "fatal"];
var DEFAULTS = {
  serviceName: "unknown_service",
  serviceVersion: "0.0.0",
  environment: "dev",
  level: "info",
  queueMaxSize: 2e3,
  maxValueBytes: 8192,
  rateLimit: 1e3,
  protocol: "http/protobuf",
  timeoutMs: 5e3,
  compression: "none",
  exporter: "otlp",
  batchMaxQueueSize: 2048,
  batchMaxExportBatchSize: 512,
  batchScheduledDelayMs: 1e3,
  batchExportTimeoutMs: 5e3,
  shutdownTimeoutMs: 5e3,
  lokiMaxEntries: 128,
  lokiMaxMetadataBytes: 65536,
  maxLineBytes: 262144
};
var SEVERITY_NUMBERS = [5, 9, 13, 17, 21];
var SEVERITY_TEXTS = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL"];
var RESERVED_KEYS = /* @__PURE__ */ new Set([
  "ts",
  "level",
  "logger",
  "message",
  "service",
  "env",
  "version",
  "trace_id",
  "span_id"
]);
var COLLISION_PREFIX = "attr.";
var MAX_DEPTH = 10;
var MAX_ITEMS = 1e3;
var MAX_NODES = 2e4;
var MAX_RECORD_BYTES = 240 * 1024;
var LOKI_INDEX_LABELS = /* @__PURE__ */ new Set([
  "cloud.availability_zone",
  "cloud.region",
  "container.name",
  "deployment.environment",
  "k8s.cluster.name",
  "k8s.container.name",
  "k8s.cronjob.name",
  "k8s.daemonset.name",
  "k8s.deployment.name",
  "k8s.job.name",
  "k8s.namespace.name",
  "k8s.pod.name",
  "k8s.replicaset.name",
  "k8s.statefulset.name",
  "service.name",
  "service.namespace"
]);
var LOKI_RECORD_FIELD_ENTRIES = 10;
var LOKI_RECORD_FIELD_BYTES = 1024;
var MAX_MARKER_CHARS = 512;
var MAX_KEY_BYTES = 1024;
var RING_BYTES_PER_RECORD = 1024;
var RING_MIN_BYTES = 1024 * 1024;
var RING_MAX_BYTES = 32 * 1024 * 1024;
var STDOUT_BACKLOG_BYTES = 8 * 1024 * 1024;
var OTLP_BACKLOG_RECORDS = 8192;
var PIPE_BUF = 4096;
var INTERNAL_RESERVE = 64;
var CONSUMER_IDLE_POLLS = 10;
var INLINE_SLICE_MS = 0.5;
var IDLE_POLL_MS = 5;
var EAGAIN_SLEEP_MS = 2;
var EXPORT_GUARD_MS = 1e3;
var REPORT_INTERVAL_MS = 1e3;
var MAX_RATE_KEYS = 1e4;
var OVERFLOW_SCOPE = "lockbox.overflow";
var MAX_CACHE_KEYS = 1e4;
var REDACTED = "[REDACTED]";
var DEFAULT_REDACT_KEYS = [
  "password",
  "passwd",
  "secret",
  "token",
  "api_key",
  "apikey",
  "api-key",
  "authorization",
  "cookie",
  "private_key",
  "privatekey"
];
var DEFAULT_REDACT_PATTERNS = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/g,
  /\bBasic\s+[A-Za-z0-9+/=]{8,}/g,
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g
];
var WORKER_TAG = "lockbox-worker/2";
var ObservabilityConfigError = class extends Error {
  /** One message per invalid setting, e.g. `Cannot read LOG_LEVEL as it must be one of "debug", "info", "warn", "error", "fatal": got "loud"`. */
  problems;
  /** @param problems One message per invalid setting (at least one). */
  constructor(problems) {
    const n = problems.length;
    super(
      `Cannot initialize observability as ${n} setting${n === 1 ? " is" : "s are"} invalid:
` + problems.map((p) => `- ${p}`).join("\n")
    );
    this.name = "ObservabilityConfigError";
    this.problems = problems;
  }
};
var RUNTIME = (() => {
  const deno = globalThis.Deno;
  if (deno?.version?.deno) return { name: "deno", version: deno.version.deno };
  const versions = process.versions;
  if (versions.bun) return { name: "bun", version: versions.bun };
  return { name: "nodejs", version: versions.node ?? "unknown" };
})();
var WORKER_SOURCE = true ? '// lockbox worker script: lockbox 0.2.0, source commit 6d8207411f4e5e99674dfbe7135a13b272b53c57; observability.ts with OpenTelemetry inlined, started from a data: URL\nvar Kn=Object.defineProperty;var s=(e,t)=>Kn(e,"name",{value:t,configurable:!0});var u=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(n){throw r=[n],n}};var Ee=(e,t)=>{for(var r in t)Kn(e,r,{get:t[r],enumerable:!0})};var X,ir=u(()=>{X="1.10.0"});function Nc(e){let t=new Set([e]),r=new Set,n=e.match(Yn);if(!n)return()=>!1;let o={major:+n[1],minor:+n[2],patch:+n[3],prerelease:n[4]};if(o.prerelease!=null)return s(function(E){return E===e},"isExactmatch");function i(c){return r.add(c),!1}s(i,"_reject");function a(c){return t.add(c),!0}return s(a,"_accept"),s(function(E){if(t.has(E))return!0;if(r.has(E))return!1;let _=E.match(Yn);if(!_)return i(E);let T={major:+_[1],minor:+_[2],patch:+_[3],prerelease:_[4]};return T.prerelease!=null||o.major!==T.major?i(E):o.major===0?o.minor===T.minor&&o.patch<=T.patch?a(E):i(E):o.minor<=T.minor?a(E):i(E)},"isCompatible")}var Yn,$n,zn=u(()=>{ir();Yn=/^(\\d+)\\.(\\d+)\\.(\\d+)(-(.+))?$/;s(Nc,"_makeCompatibilityCheck");$n=Nc(X)});function Cc(){return Object.defineProperty({},"version",{value:X,enumerable:!0,writable:!1,configurable:!1})}function J(e,t,r,n=!1){var o;let i=Ze[qe]=(o=Ze[qe])!==null&&o!==void 0?o:Cc();if(!n&&i[e]){let a=new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${e}`);return r.error(a.stack||a.message),!1}if(i.version!=="1.10.0"){let a=new Error(`@opentelemetry/api: Registration of version v${i.version} for ${e} does not match previously registered API v${X}`);return r.error(a.stack||a.message),!1}return i[e]=t,r.debug(`@opentelemetry/api: Registered a global for ${e} v${X}.`),!0}function v(e){let t=Ze[qe];if(t!=null){if(t!==Wn){if(!t.version||!$n(t.version))return;Wn=t}return t[e]}}function Q(e,t){t.debug(`@opentelemetry/api: Unregistering a global for ${e} v${X}.`);let r=Ze[qe];r&&delete r[e]}var Lc,qe,Ze,Wn,ue=u(()=>{ir();zn();Lc=X.split(".")[0],qe=Symbol.for(`opentelemetry.js.api.${Lc}`),Ze=typeof globalThis=="object"?globalThis:typeof self=="object"?self:typeof window=="object"?window:typeof global=="object"?global:{};s(Cc,"_makeGlobalApi");s(J,"registerGlobal");s(v,"getGlobal");s(Q,"unregisterGlobal")});function Ne(e,t,r){let n=v("diag");if(n)return n[e](t,...r)}var jn,Xn=u(()=>{ue();jn=class{static{s(this,"DiagComponentLogger")}constructor(e){this._namespace=e.namespace||"DiagComponentLogger"}debug(...e){return Ne("debug",this._namespace,e)}error(...e){return Ne("error",this._namespace,e)}info(...e){return Ne("info",this._namespace,e)}warn(...e){return Ne("warn",this._namespace,e)}verbose(...e){return Ne("verbose",this._namespace,e)}};s(Ne,"logProxy")});function Jn(e,t){e<0?e=0:e>9999&&(e=9999),t=t||{};function r(n,o){let i=t[n];return typeof i=="function"&&e>=o?i.bind(t):function(){}}return s(r,"_filterFunc"),{error:r("error",30),warn:r("warn",50),info:r("info",60),debug:r("debug",70),verbose:r("verbose",80)}}var Qn=u(()=>{s(Jn,"createLogLevelDiagLogger")});var bc,I,_e=u(()=>{ue();Xn();Qn();bc="diag",I=class qn{static{s(this,"DiagAPI")}static instance(){return this._instance||(this._instance=new qn),this._instance}constructor(){function t(o){return function(...i){let a=v("diag");if(a)return a[o](...i)}}s(t,"_logProxy");let r=this,n=s((o,i={logLevel:60})=>{var a;if(o===r){var c;let l=new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");return r.error((c=l.stack)!==null&&c!==void 0?c:l.message),!1}typeof i=="number"&&(i={logLevel:i});let E=v("diag"),_=Jn((a=i.logLevel)!==null&&a!==void 0?a:60,o);if(E&&!i.suppressOverrideMessage){var T;let l=(T=new Error().stack)!==null&&T!==void 0?T:"<failed to generate stacktrace>";E.warn(`Current logger will be overwritten from ${l}`),_.warn(`Current logger will overwrite one already registered from ${l}`)}return J("diag",_,r,!0)},"setLogger");r.setLogger=n,r.disable=()=>{Q(bc,r)},r.createComponentLogger=o=>new jn(o),r.verbose=t("verbose"),r.debug=t("debug"),r.info=t("info"),r.warn=t("warn"),r.error=t("error")}}});var Zn,eo=u(()=>{Zn=Symbol("BaggageEntryMetadata")});function ar(e){return typeof e!="string"&&(Mc.error(`Cannot create baggage metadata from unknown type: ${typeof e}`),e=""),{__TYPE__:Zn,toString(){return e}}}var Mc,to=u(()=>{_e();eo();Mc=I.instance();s(ar,"baggageEntryMetadataFromString")});function Le(e){return Symbol.for(e)}var Ce,et=u(()=>{s(Le,"createContextKey");Ce=new class cr{static{s(this,"BaseContext")}constructor(t){let r=this;r._currentContext=t?new Map(t):new Map,r.getValue=n=>r._currentContext.get(n),r.setValue=(n,o)=>{let i=new cr(r._currentContext);return i._currentContext.set(n,o),i},r.deleteValue=n=>{let o=new cr(r._currentContext);return o._currentContext.delete(n),o}}}});function re(){return vc}var Ic,tt,Dc,Pc,yc,Uc,Er,wc,xc,Vc,vc,kc,Bc,Gc,Hc,Fc,Kc,Yc,ro=u(()=>{Ic=class{static{s(this,"NoopMeter")}constructor(){}createGauge(e,t){return Bc}createHistogram(e,t){return Gc}createCounter(e,t){return kc}createUpDownCounter(e,t){return Hc}createObservableGauge(e,t){return Kc}createObservableCounter(e,t){return Fc}createObservableUpDownCounter(e,t){return Yc}addBatchObservableCallback(e,t){}removeBatchObservableCallback(e){}},tt=class{static{s(this,"NoopMetric")}},Dc=class extends tt{static{s(this,"NoopCounterMetric")}add(e,t){}},Pc=class extends tt{static{s(this,"NoopUpDownCounterMetric")}add(e,t){}},yc=class extends tt{static{s(this,"NoopGaugeMetric")}record(e,t){}},Uc=class extends tt{static{s(this,"NoopHistogramMetric")}record(e,t){}},Er=class{static{s(this,"NoopObservableMetric")}addCallback(e){}removeCallback(e){}},wc=class extends Er{static{s(this,"NoopObservableCounterMetric")}},xc=class extends Er{static{s(this,"NoopObservableGaugeMetric")}},Vc=class extends Er{static{s(this,"NoopObservableUpDownCounterMetric")}},vc=new Ic,kc=new Dc,Bc=new yc,Gc=new Uc,Hc=new Pc,Fc=new wc,Kc=new xc,Yc=new Vc;s(re,"createNoopMeter")});function Tr(){return _r}var ur,_r,rt=u(()=>{ur=class{static{s(this,"NoopLogger")}emit(e){}enabled(){return!1}},_r=new ur;s(Tr,"createNoopLogger")});var K,no=u(()=>{K=(function(e){return e[e.UNSPECIFIED=0]="UNSPECIFIED",e[e.TRACE=1]="TRACE",e[e.TRACE2=2]="TRACE2",e[e.TRACE3=3]="TRACE3",e[e.TRACE4=4]="TRACE4",e[e.DEBUG=5]="DEBUG",e[e.DEBUG2=6]="DEBUG2",e[e.DEBUG3=7]="DEBUG3",e[e.DEBUG4=8]="DEBUG4",e[e.INFO=9]="INFO",e[e.INFO2=10]="INFO2",e[e.INFO3=11]="INFO3",e[e.INFO4=12]="INFO4",e[e.WARN=13]="WARN",e[e.WARN2=14]="WARN2",e[e.WARN3=15]="WARN3",e[e.WARN4=16]="WARN4",e[e.ERROR=17]="ERROR",e[e.ERROR2=18]="ERROR2",e[e.ERROR3=19]="ERROR3",e[e.ERROR4=20]="ERROR4",e[e.FATAL=21]="FATAL",e[e.FATAL2=22]="FATAL2",e[e.FATAL3=23]="FATAL3",e[e.FATAL4=24]="FATAL4",e})({})});var nt,oo=u(()=>{nt=(function(e){return e[e.NONE=0]="NONE",e[e.SAMPLED=1]="SAMPLED",e})({})});var $c,zc,so,io=u(()=>{$c="0000000000000000",zc="00000000000000000000000000000000",so={traceId:zc,spanId:$c,traceFlags:0}});var q,ot=u(()=>{io();q=class{static{s(this,"NonRecordingSpan")}constructor(e=so){this._spanContext=e}spanContext(){return this._spanContext}setAttribute(e,t){return this}setAttributes(e){return this}addEvent(e,t){return this}addLink(e){return this}addLinks(e){return this}setStatus(e){return this}updateName(e){return this}end(e){}isRecording(){return!1}recordException(e,t){}}});function ao(e,t){if(typeof e!="string"||e.length!==t)return!1;let r=0;for(let n=0;n<e.length;n+=4)r+=(st[e.charCodeAt(n)]|0)+(st[e.charCodeAt(n+1)]|0)+(st[e.charCodeAt(n+2)]|0)+(st[e.charCodeAt(n+3)]|0);return r===t}function co(e){return ao(e,32)&&e!=="00000000000000000000000000000000"}function Eo(e){return ao(e,16)&&e!=="0000000000000000"}function Y(e){return co(e.traceId)&&Eo(e.spanId)}function uo(e){return new q(e)}var st,it=u(()=>{ot();st=new Uint8Array([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1]);s(ao,"isValidHex");s(co,"isValidTraceId");s(Eo,"isValidSpanId");s(Y,"isSpanContextValid");s(uo,"wrapSpanContext")});var _o,To=u(()=>{et();_o=class{static{s(this,"NoopContextManager")}active(){return Ce}with(e,t,r,...n){return t.call(r,...n)}bind(e,t){return t}enable(){return this}disable(){return this}attach(e){return{dispose(){}}}}});var lr,Wc,jc,Te,at=u(()=>{ue();_e();To();lr="context",Wc=new _o,jc=Object.freeze({dispose:s(()=>{},"dispose")}),Te=class lo{static{s(this,"ContextAPI")}constructor(){this._attachUnsupportedWarned=!1}static getInstance(){return this._instance||(this._instance=new lo),this._instance}setGlobalContextManager(t){return J(lr,t,I.instance())}active(){return this._getContextManager().active()}with(t,r,n,...o){return this._getContextManager().with(t,r,n,...o)}bind(t,r){return this._getContextManager().bind(t,r)}attach(t){let r=this._getContextManager();return r.attach?r.attach(t):(this._attachUnsupportedWarned||(this._attachUnsupportedWarned=!0,I.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.")),jc)}_getContextManager(){return v(lr)||Wc}disable(){this._getContextManager().disable(),Q(lr,I.instance())}}});function ct(e){return e.getValue(Sr)||void 0}function So(){return ct(Te.getInstance().active())}function be(e,t){return e.setValue(Sr,t)}function Ao(e){return e.deleteValue(Sr)}function fo(e,t){return be(e,new q(t))}function Et(e){var t;return(t=ct(e))===null||t===void 0?void 0:t.spanContext()}var Sr,Ar=u(()=>{et();at();ot();Sr=Le("OpenTelemetry Context Key SPAN");s(ct,"getSpan");s(So,"getActiveSpan");s(be,"setSpan");s(Ao,"deleteSpan");s(fo,"setSpanContext");s(Et,"getSpanContext")});function Xc(e){return e!==null&&typeof e=="object"&&"spanId"in e&&typeof e.spanId=="string"&&"traceId"in e&&typeof e.traceId=="string"&&"traceFlags"in e&&typeof e.traceFlags=="number"}var dr,ut,fr=u(()=>{at();ot();Ar();it();dr=Te.getInstance(),ut=class{static{s(this,"NoopTracer")}startSpan(e,t,r=dr.active()){if(t?.root)return new q;let n=r&&Et(r);return Xc(n)&&Y(n)?new q(n):new q}startActiveSpan(e,t,r,n){var o;let i,a,c;if(arguments.length<2)return;arguments.length===2?c=t:arguments.length===3?(i=t,c=r):(i=t,a=r,c=n);let E=(o=a)!==null&&o!==void 0?o:dr.active(),_=this.startSpan(e,i,E),T=be(E,_);return dr.with(T,c,void 0,_)}};s(Xc,"isSpanContext")});var Jc,Ro,po=u(()=>{fr();Jc=new ut,Ro=class{static{s(this,"ProxyTracer")}constructor(e,t,r,n){this._provider=e,this.name=t,this.version=r,this.options=n}startSpan(e,t,r){return this._getTracer().startSpan(e,t,r)}startActiveSpan(e,t,r,n){let o=this._getTracer();return Reflect.apply(o.startActiveSpan,o,arguments)}_getTracer(){if(this._delegate)return this._delegate;let e=this._provider.getDelegateTracer(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):Jc}}});var mo,ho=u(()=>{fr();mo=class{static{s(this,"NoopTracerProvider")}getTracer(e,t,r){return new ut}}});var Qc,Rr,go=u(()=>{po();ho();Qc=new mo,Rr=class{static{s(this,"ProxyTracerProvider")}getTracer(e,t,r){var n;return(n=this.getDelegateTracer(e,t,r))!==null&&n!==void 0?n:new Ro(this,e,t,r)}getDelegate(){var e;return(e=this._delegate)!==null&&e!==void 0?e:Qc}setDelegate(e){this._delegate=e}getDelegateTracer(e,t,r){var n;return(n=this._delegate)===null||n===void 0?void 0:n.getTracer(e,t,r)}}});var $,Oo=u(()=>{at();$=Te.getInstance()});var S,No=u(()=>{_e();S=I.instance()});var qc,Lo,Co=u(()=>{rt();qc=class{static{s(this,"NoopLoggerProvider")}getLogger(e,t,r){return new ur}},Lo=new qc});var bo,Mo=u(()=>{rt();bo=class{static{s(this,"ProxyLogger")}constructor(e,t,r,n){this._provider=e,this.name=t,this.version=r,this.options=n}emit(e){this._getLogger().emit(e)}enabled(e){return this._getLogger().enabled(e)}_getLogger(){if(this._delegate)return this._delegate;let e=this._provider._getDelegateLogger(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):_r}}});var pr,Io=u(()=>{Co();Mo();pr=class{static{s(this,"ProxyLoggerProvider")}getLogger(e,t,r){var n;return(n=this._getDelegateLogger(e,t,r))!==null&&n!==void 0?n:new bo(this,e,t,r)}_getDelegate(){var e;return(e=this._delegate)!==null&&e!==void 0?e:Lo}_setDelegate(e){this._delegate=e}_getDelegateLogger(e,t,r){var n;return(n=this._delegate)===null||n===void 0?void 0:n.getLogger(e,t,r)}}});var mr,Do,yo=u(()=>{ue();_e();Io();mr="logs",Do=class Po{static{s(this,"LogsAPI")}constructor(){this._proxyLoggerProvider=new pr}static getInstance(){return this._instance||(this._instance=new Po),this._instance}setGlobalLoggerProvider(t){let r=J(mr,t,I.instance());return r&&this._proxyLoggerProvider._setDelegate(t),r}getLoggerProvider(){return v(mr)||this._proxyLoggerProvider}getLogger(t,r,n){return this.getLoggerProvider().getLogger(t,r,n)}disable(){Q(mr,I.instance()),this._proxyLoggerProvider=new pr}}});var hr,Uo=u(()=>{yo();hr=Do.getInstance()});var gr,wo,Vo=u(()=>{ue();_e();Ar();it();go();gr="trace",wo=class xo{static{s(this,"TraceAPI")}constructor(){this._proxyTracerProvider=new Rr,this.wrapSpanContext=uo,this.isSpanContextValid=Y,this.deleteSpan=Ao,this.getSpan=ct,this.getActiveSpan=So,this.getSpanContext=Et,this.setSpan=be,this.setSpanContext=fo}static getInstance(){return this._instance||(this._instance=new xo),this._instance}setGlobalTracerProvider(t){let r=J(gr,this._proxyTracerProvider,I.instance());return r&&this._proxyTracerProvider.setDelegate(t),r}getTracerProvider(){return v(gr)||this._proxyTracerProvider}getTracer(t,r){return this.getTracerProvider().getTracer(t,r)}disable(){Q(gr,I.instance()),this._proxyTracerProvider=new Rr}}});var ne,vo=u(()=>{Vo();ne=wo.getInstance()});var m=u(()=>{to();et();ro();rt();no();oo();it();Oo();No();Uo();vo()});var ko={};Ee(ko,{ROOT_CONTEXT:()=>Ce,SeverityNumber:()=>K,context:()=>$,diag:()=>S,logs:()=>hr,trace:()=>ne});var Bo=u(()=>{m()});var le,Go=u(()=>{le=s(e=>e!==null&&typeof e=="object"&&typeof e.then=="function","isPromiseLike")});function Or(e){return e.setValue(eE,!0)}var eE,Ho=u(()=>{m();eE=Le("OpenTelemetry SDK Context Key SUPPRESS_TRACING");s(Or,"suppressTracing")});function tE(e){if(!e)return;let t=e.indexOf(";"),r=t===-1?e:e.substring(0,t),n=r.indexOf("=");if(n<=0)return;let o=r.substring(0,n).trim(),i=r.substring(n+1).trim();if(!o||!i)return;let a,c;try{a=decodeURIComponent(o),c=decodeURIComponent(i)}catch{return}let E;if(t!==-1&&t<e.length-1){let _=e.substring(t+1);E=ar(_)}return{key:a,value:c,metadata:E}}function Se(e){let t={};return typeof e=="string"&&e.length>0&&e.split(",").forEach(r=>{let n=tE(r);n!==void 0&&n.value.length>0&&(t[n.key]=n.value)}),t}var Fo=u(()=>{m();s(tE,"parsePairKeyValue");s(Se,"parseKeyPairsIntoRecord")});function Lr(e){return rE(e,Ko)}function rE(e,t){if(e.value===void 0)return 0;if(e.key.length===0)return S.warn(`Invalid attribute key: ${e.key}`),1;let r=!Object.hasOwn(e.attributes,e.key);if(r&&e.currentAttributesCount>=e.limits.attributeCountLimit)return 2;if(!t(e.value))return S.warn(`Invalid attribute value set for key: ${e.key}`),1;let n=e.limits.attributeValueLengthLimit;return n<=0&&(S.warn(`Invalid attributeValueLengthLimit: must be positive, got ${n} (ignoring)`),n=1/0),e.attributes[e.key]=_t(e.value,n),r?3:4}function Cr(e,t){return nE(e,t,lt)}function nE(e,t,r){if(typeof e!="object"||e==null)return{};let n={},o=0,i=t.attributeValueLengthLimit;i<=0&&(S.warn(`Invalid attributeValueLengthLimit: must be positive, got ${i} (ignoring)`),i=1/0);let a=0;for(let[c,E]of Object.entries(e))if(E!==void 0){if(a>=t.attributeCountLimit){o++;continue}if(c.length===0){S.warn(`Invalid attribute key: ${c}`),o++;continue}if(!r(E)){S.warn(`Invalid attribute value set for key: ${c}`),o++;continue}n[c]=_t(E,i),a++}return{attributes:n,droppedAttributesCount:o}}function Ko(e){return Nr(e,new WeakSet)}function Nr(e,t){switch(typeof e){case"undefined":case"bigint":case"symbol":case"function":return!1;case"string":case"number":case"boolean":return!0;case"object":break;default:return!1}if(e===null||e instanceof Uint8Array)return!0;if(t.has(e))return!1;t.add(e);let r=oE(e,t);return t.delete(e),r}function oE(e,t){if(Array.isArray(e)){for(let n of e)if(n!==void 0&&!Nr(n,t))return!1;return!0}let r=e;if(r.constructor!==Object&&r.constructor!==void 0)return!1;for(let n of Object.keys(r)){let o=r[n];if(o!==void 0&&!Nr(o,t))return!1}return!0}function _t(e,t){switch(typeof e){case"number":case"boolean":case"undefined":case"bigint":case"symbol":case"function":return e;case"string":return e.length<=t?e:e.substring(0,t);case"object":break;default:return e}if(e===null)return e;if(e instanceof Uint8Array)return e.length<=t?e:e.slice(0,t);if(Array.isArray(e))return e.map(o=>_t(o,t));let r={},n=e;for(let o of Object.keys(n))n[o]!==void 0&&(r[o]=_t(n[o],t));return r}function lt(e){return Array.isArray(e)?sE(e):Yo(typeof e)}function sE(e){let t;for(let r of e){if(r==null)continue;let n=typeof r;if(n!==t){if(!t){if(Yo(n)){t=n;continue}return!1}return!1}}return!0}function Yo(e){switch(e){case"number":case"boolean":case"string":return!0}return!1}var Tt,$o=u(()=>{m();Tt=(function(e){return e[e.DROP_UNDEFINED=0]="DROP_UNDEFINED",e[e.DROP_INVALID=1]="DROP_INVALID",e[e.DROP_LIMIT_REACHED=2]="DROP_LIMIT_REACHED",e[e.ADD_NEW=3]="ADD_NEW",e[e.ADD_OVERWRITE_EXISTING=4]="ADD_OVERWRITE_EXISTING",e})({});s(Lr,"maybeAddAttribute");s(rE,"maybeAddAttributeInternal");s(Cr,"cleanSimpleAttributes");s(nE,"cleanAttributesInternal");s(Ko,"isAnyValue");s(Nr,"isAnyValueInternal");s(oE,"isAnyValueObject");s(_t,"copyAndTruncAnyValue");s(lt,"isSimpleAttributeValue");s(sE,"isHomogeneousAttributeValueArray");s(Yo,"isValidPrimitiveAttributeValueType")});function zo(){return e=>{S.error(iE(e))}}function iE(e){return typeof e=="string"?e:JSON.stringify(aE(e))}function aE(e){let t={},r=e;for(;r!==null;)Object.getOwnPropertyNames(r).forEach(n=>{if(t[n])return;let o=r[n];o&&(t[n]=String(o))}),r=Object.getPrototypeOf(r);return t}var Wo=u(()=>{m();s(zo,"loggingErrorHandler");s(iE,"stringifyException");s(aE,"flattenException")});function Me(e){try{cE(e)}catch{}}var cE,jo=u(()=>{Wo();cE=zo();s(Me,"globalErrorHandler")});function Ie(e){let t=e/1e3;return[Math.trunc(t),Math.round(e%1e3*EE)]}function De(e){return Jo(Ie(performance.timeOrigin),Ie(typeof e=="number"?e:performance.now()))}function At(e){if(Xo(e))return e;if(typeof e=="number")return e<performance.timeOrigin/2?De(e):Ie(e);if(e instanceof Date)return Ie(e.getTime());throw TypeError("Invalid input type")}function br(e,t){let r=t[0]-e[0],n=t[1]-e[1];return n<0&&(r-=1,n+=St),[r,n]}function Mr(e){return e[0]*St+e[1]}function Ir(e){return e[0]*1e3+e[1]/1e6}function Xo(e){return Array.isArray(e)&&e.length===2&&typeof e[0]=="number"&&typeof e[1]=="number"}function Jo(e,t){let r=[e[0]+t[0],e[1]+t[1]];return r[1]>=St&&(r[1]-=St,r[0]+=1),r}var EE,St,Qo=u(()=>{EE=Math.pow(10,6),St=Math.pow(10,9);s(Ie,"millisToHrTime");s(De,"hrTime");s(At,"timeInputToHrTime");s(br,"hrTimeDuration");s(Mr,"hrTimeToNanoseconds");s(Ir,"hrTimeToMilliseconds");s(Xo,"isTimeInputHrTime");s(Jo,"addHrTimes")});var k,qo=u(()=>{k=(function(e){return e[e.SUCCESS=0]="SUCCESS",e[e.FAILED=1]="FAILED",e})({})});function Dr(e,t){let r,n=new Promise(s(function(i,a){r=setTimeout(s(function(){a(new Zo("Operation timed out."))},"timeoutHandler"),t)},"timeoutFunction"));return Promise.race([e,n]).then(o=>(clearTimeout(r),o),o=>{throw clearTimeout(r),o})}var Zo,ts=u(()=>{Zo=class es extends Error{static{s(this,"TimeoutError")}constructor(t){super(t),Object.setPrototypeOf(this,es.prototype)}};s(Dr,"callWithTimeout")});var rs,ns=u(()=>{rs=class{static{s(this,"Deferred")}_promise;_resolve;_reject;constructor(){this._promise=new Promise((e,t)=>{this._resolve=e,this._reject=t})}get promise(){return this._promise}resolve(e){this._resolve(e)}reject(e){this._reject(e)}}});var Pe,os=u(()=>{ns();Pe=class{static{s(this,"BindOnceFuture")}_isCalled=!1;_deferred=new rs;_callback;_that;constructor(e,t){this._callback=e,this._that=t}get isCalled(){return this._isCalled}get promise(){return this._deferred.promise}call(...e){if(!this._isCalled){this._isCalled=!0;try{Promise.resolve(this._callback.call(this._that,...e)).then(t=>this._deferred.resolve(t),t=>this._deferred.reject(t))}catch(t){this._deferred.reject(t)}}return this._deferred.promise}}});import{inspect as uE}from"node:util";function dt(e){let t=process.env[e];if(t==null||t.trim()==="")return;let r=Number(t);if(isNaN(r)){S.warn(`Unknown value ${uE(t)} for ${e}, expected a number, using defaults`);return}return r}function B(e){let t=process.env[e];if(!(t==null||t.trim()===""))return t}var ss=u(()=>{m();s(dt,"getNumberFromEnv");s(B,"getStringFromEnv")});var is,as=u(()=>{is="3.1.0"});var cs,Es=u(()=>{cs="process.runtime.name"});var Ae,ft,de,Pr,fe,yr,Re,pe,us=u(()=>{Ae="exception.message",ft="exception.stacktrace",de="exception.type",Pr="service.name",fe="telemetry.sdk.language",yr="nodejs",Re="telemetry.sdk.name",pe="telemetry.sdk.version"});var Rt=u(()=>{us()});var me,_s=u(()=>{as();Es();Rt();me={[Re]:"opentelemetry",[cs]:"node",[fe]:yr,[pe]:is}});var Ts=u(()=>{ss();_s()});var G=u(()=>{Ho();Fo();$o();jo();Qo();qo();ts();os();Ts()});function Ur(){if(pt===void 0)try{let e=globalThis.process.argv0;pt=e?`unknown_service:${e}`:"unknown_service"}catch{pt="unknown_service"}return pt}var pt,ls=u(()=>{s(Ur,"defaultServiceName")});var Ss=u(()=>{ls()});function mt(e,t){return lE.FromAttributeList(Object.entries(e),t)}function ye(){return mt({[Pr]:Ur(),[fe]:me[fe],[Re]:me[Re],[pe]:me[pe]})}function As(e){return e.map(([t,r])=>le(r)?[t,r.then(n=>n,n=>{S.debug("promise rejection for resource attribute: %s - %s",t,n)})]:[t,r])}function SE(e){if(typeof e=="string"||e===void 0)return e;S.warn("Schema URL must be string or undefined, got %s. Schema URL will be ignored.",e)}function AE(e,t){let r=e?.schemaUrl,n=t?.schemaUrl,o=r===void 0||r==="",i=n===void 0||n==="";if(o)return n;if(i||r===n)return r;S.warn(\'Schema URL merge conflict: old resource has "%s", updating resource has "%s". Resulting resource will have undefined Schema URL.\',r,n)}var lE,ds=u(()=>{Go();m();G();Rt();Ss();lE=class wr{static{s(this,"ResourceImpl")}_rawAttributes;_asyncAttributesPending=!1;_schemaUrl;_memoizedAttributes;static FromAttributeList(t,r){let n=new wr({},r);return n._rawAttributes=As(t),n._asyncAttributesPending=t.filter(([o,i])=>le(i)).length>0,n}constructor(t,r){let n=t.attributes??{};this._rawAttributes=Object.entries(n).map(([o,i])=>(le(i)&&(this._asyncAttributesPending=!0),[o,i])),this._rawAttributes=As(this._rawAttributes),this._schemaUrl=SE(r?.schemaUrl)}get asyncAttributesPending(){return this._asyncAttributesPending}async waitForAsyncAttributes(){if(this.asyncAttributesPending){for(let t=0;t<this._rawAttributes.length;t++){let[r,n]=this._rawAttributes[t];this._rawAttributes[t]=[r,le(n)?await n:n]}this._asyncAttributesPending=!1}}get attributes(){if(this.asyncAttributesPending&&S.error("Accessing resource attributes before async attributes settled"),this._memoizedAttributes)return this._memoizedAttributes;let t={};for(let[r,n]of this._rawAttributes){if(le(n)){S.debug(`Unsettled resource attribute ${r} skipped`);continue}Object.hasOwn(t,r)||(r.length===0?S.warn("dropping invalid resource attribute key: <empty string>"):lt(n)?t[r]=n:S.warn(`dropping invalid resource attribute value for key "${r}"`))}return this._asyncAttributesPending||(this._memoizedAttributes=t),t}getRawAttributes(){return this._rawAttributes}get schemaUrl(){return this._schemaUrl}merge(t){if(t==null)return this;let r=AE(this,t),n=r?{schemaUrl:r}:void 0;return wr.FromAttributeList([...t.getRawAttributes(),...this.getRawAttributes()],n)}};s(mt,"resourceFromAttributes");s(ye,"defaultResource");s(As,"guardedRawAttributes");s(SE,"validateSchemaUrl");s(AE,"mergeSchemaUrl")});var xr=u(()=>{ds()});var fs={};Ee(fs,{defaultResource:()=>ye,resourceFromAttributes:()=>mt});var Rs=u(()=>{xr()});var ps,ms=u(()=>{m();G();Rt();ps=class{static{s(this,"LogRecordImpl")}resource;instrumentationScope;attributes={};_hrTime;_hrTimeObserved;_spanContext;_severityText;_severityNumber;_body;_eventName;_attributesCount=0;_droppedAttributesCount=0;_isReadonly=!1;_logRecordLimits;get hrTime(){return this._hrTime}set hrTime(e){this._isLogRecordReadonly()||(this._hrTime=e)}get hrTimeObserved(){return this._hrTimeObserved}set hrTimeObserved(e){this._isLogRecordReadonly()||(this._hrTimeObserved=e)}get spanContext(){return this._spanContext}set spanContext(e){this._isLogRecordReadonly()||(this._spanContext=e)}set severityText(e){this._isLogRecordReadonly()||(this._severityText=e)}get severityText(){return this._severityText}set severityNumber(e){this._isLogRecordReadonly()||(this._severityNumber=e)}get severityNumber(){return this._severityNumber}set body(e){this._isLogRecordReadonly()||(this._body=e)}get body(){return this._body}get eventName(){return this._eventName}set eventName(e){this._isLogRecordReadonly()||(this._eventName=e)}get droppedAttributesCount(){return this._droppedAttributesCount}constructor(e,t,r){let{timestamp:n,observedTimestamp:o,eventName:i,severityNumber:a,severityText:c,body:E,attributes:_={},exception:T,context:l}=r,d=Date.now();if(this._hrTime=At(n??d),this._hrTimeObserved=At(o??d),l){let f=ne.getSpanContext(l);f&&Y(f)&&(this._spanContext=f)}this.severityNumber=a,this.severityText=c,this.body=E,this.resource=e.resource,this.instrumentationScope=t,this._logRecordLimits=e.logRecordLimits,this._eventName=i,this.setAttributes(_),T!=null&&this._setException(T)}setAttribute(e,t){if(this._isLogRecordReadonly())return this;let r=Lr({key:e,value:t,attributes:this.attributes,limits:this._logRecordLimits,currentAttributesCount:this._attributesCount});return r===Tt.DROP_LIMIT_REACHED?(this._droppedAttributesCount++,this._droppedAttributesCount===1&&S.warn("Dropping extra attributes.")):r===Tt.ADD_NEW&&this._attributesCount++,this}setAttributes(e){for(let[t,r]of Object.entries(e))this.setAttribute(t,r);return this}setBody(e){return this.body=e,this}setEventName(e){return this.eventName=e,this}setSeverityNumber(e){return this.severityNumber=e,this}setSeverityText(e){return this.severityText=e,this}_makeReadonly(){this._isReadonly=!0}_setException(e){let t=!1;if(typeof e=="string"||typeof e=="number")Object.hasOwn(this.attributes,Ae)||this.setAttribute(Ae,String(e)),t=!0;else if(e&&typeof e=="object"){let r=e;r.code?(Object.hasOwn(this.attributes,de)||this.setAttribute(de,r.code.toString()),t=!0):r.name&&(Object.hasOwn(this.attributes,de)||this.setAttribute(de,r.name),t=!0),r.message&&(Object.hasOwn(this.attributes,Ae)||this.setAttribute(Ae,r.message),t=!0),r.stack&&(Object.hasOwn(this.attributes,ft)||this.setAttribute(ft,r.stack),t=!0)}t||S.warn(`Failed to record an exception ${e}`)}_isLogRecordReadonly(){return this._isReadonly&&S.warn("Can not execute the operation on emitted log record"),this._isReadonly}}});var hs,gs=u(()=>{ms();m();hs=class{static{s(this,"Logger$1")}_instrumentationScope;_sharedState;_loggerConfig;constructor(e,t){this._instrumentationScope=e,this._sharedState=t,this._loggerConfig=this._sharedState.getLoggerConfig(this._instrumentationScope)}emit(e){let t=e.context||$.active();if(!this.enabled(e))return;let r=new ps(this._sharedState,this._instrumentationScope,{context:t,...e});this._sharedState.loggerMetrics.emitLog(),this._sharedState.activeProcessor.onEmit(r,t),r._makeReadonly()}enabled(e){if(this._sharedState.hasShutdown)return!1;let t=this._loggerConfig;if(!t.enabled)return!1;let r=e?.severityNumber;if(typeof r=="number"&&r!==K.UNSPECIFIED&&r<t.minimumSeverity)return!1;let n=e?.context||$.active();if(t.traceBased){let i=ne.getSpanContext(n);if(i&&Y(i)&&(i.traceFlags&nt.SAMPLED)!==nt.SAMPLED)return!1}let o={context:n,instrumentationScope:this._instrumentationScope,severityNumber:e?.severityNumber,eventName:e?.eventName};for(let i of this._sharedState.processors)if(!i.enabled||i.enabled(o))return!0;return!1}}});function Vr(e){if(e===void 0)return["u",null];if(e===null)return["n",null];let t=typeof e;return t==="string"?["s",e]:t==="boolean"?["b",e]:t==="number"?Number.isNaN(e)?["nan",null]:e===1/0?["inf",null]:e===-1/0?["-inf",null]:Object.is(e,-0)?["n0",null]:["d",e]:e instanceof Uint8Array?["bytes",Array.from(e)]:Array.isArray(e)?["arr",e.map(Vr)]:["map",Object.entries(e).sort(([r],[n])=>r.localeCompare(n)).map(([r,n])=>[r,Vr(n)])]}function ht(e){return JSON.stringify([e.name,e.version||"",e.schemaUrl||"",Vr(e.attributes??{}),e.droppedAttributesCount??0])}var vr=u(()=>{s(Vr,"normalizeAnyValue");s(ht,"getInstrumentationScopeKey")});var Os,Ns=u(()=>{Os=class{static{s(this,"NoopLogRecordProcessor")}forceFlush(){return Promise.resolve()}onEmit(e,t){}shutdown(){return Promise.resolve()}enabled(e){return!1}}});var Ls,Cs=u(()=>{G();Ls=class{static{s(this,"MultiLogRecordProcessor")}processors;constructor(e){this.processors=e}async forceFlush(e){let t=e?.timeoutMillis??3e4;await Promise.all(this.processors.map(r=>Dr(r.forceFlush(),t)))}onEmit(e,t){this.processors.forEach(r=>r.onEmit(e,t))}async shutdown(){await Promise.all(this.processors.map(e=>e.shutdown()))}enabled(e){for(let t of this.processors)if(!t.enabled||t.enabled(e))return!0;return!1}}});var bs,Ms,Is,Ds,Ps,ys,Us,kr,gt=u(()=>{bs="otel.sdk.log.created",Ms="otel.sdk.processor.log.processed",Is="otel.sdk.processor.log.queue.capacity",Ds="otel.sdk.processor.log.queue.size",Ps="otel.component.name",ys="otel.component.type",Us="batching_log_processor",kr="error.type"});var ws,xs=u(()=>{gt();ws=class{static{s(this,"LoggerMetrics")}createdLogs;constructor(e){this.createdLogs=e.createCounter(bs,{unit:"{log_record}",description:"The number of logs submitted to enabled SDK Loggers."})}emitLog(){this.createdLogs.add(1)}}});var Vs,vs=u(()=>{Vs="3.1.0"});var dE,Br,ks,Bs=u(()=>{Ns();Cs();vr();xs();vs();m();dE={enabled:!0,minimumSeverity:K.UNSPECIFIED,traceBased:!1},Br=s(()=>({...dE}),"DEFAULT_LOGGER_CONFIGURATOR"),ks=class{static{s(this,"LoggerProviderSharedState")}loggers=new Map;activeProcessor;registeredLogRecordProcessors=[];resource;logRecordLimits;processors;loggerMetrics;hasShutdown=!1;_loggerConfigurator;_loggerConfigs=new Map;constructor(e,t,r,n,o){this.resource=e,this.logRecordLimits=t,this.processors=r,r.length>0?(this.registeredLogRecordProcessors=r,this.activeProcessor=new Ls(this.registeredLogRecordProcessors)):this.activeProcessor=new Os,this._loggerConfigurator=n??Br;let i=o?o.getMeter("@opentelemetry/sdk-logs",Vs):re();this.loggerMetrics=new ws(i)}getLoggerConfig(e){let t=ht(e),r=this._loggerConfigs.get(t);return r||(r=this._loggerConfigurator(e),this._loggerConfigs.set(t,r),r)}}});var Gr,Gs=u(()=>{gs();vr();Bs();m();xr();G();Gr=class{static{s(this,"LoggerProvider$1")}_shutdownOnce;_sharedState;constructor(e={}){let t={resource:e.resource??ye(),logRecordLimits:{attributeCountLimit:e.logRecordLimits?.attributeCountLimit??128,attributeValueLengthLimit:e.logRecordLimits?.attributeValueLengthLimit??1/0},loggerConfigurator:e.loggerConfigurator??Br,processors:e.processors??[],meterProvider:e.meterProvider};this._sharedState=new ks(t.resource,t.logRecordLimits,t.processors,t.loggerConfigurator,t.meterProvider),this._shutdownOnce=new Pe(this._shutdown,this)}getLogger(e,t,r){if(this._shutdownOnce.isCalled)return S.warn("A shutdown LoggerProvider cannot provide a Logger"),Tr();e||S.warn("Logger requested without instrumentation scope name.");let n={name:e||"unknown",version:t,schemaUrl:r?.schemaUrl,...Cr(r?.attributes,this._sharedState.logRecordLimits)},o=ht(n);return this._sharedState.loggers.has(o)||this._sharedState.loggers.set(o,new hs(n,this._sharedState)),this._sharedState.loggers.get(o)}forceFlush(e){return this._shutdownOnce.isCalled?(S.warn("invalid attempt to force flush after LoggerProvider shutdown"),this._shutdownOnce.promise):this._sharedState.activeProcessor.forceFlush(e)}shutdown(){return this._shutdownOnce.isCalled?(S.warn("shutdown may only be called once per LoggerProvider"),this._shutdownOnce.promise):this._shutdownOnce.call()}_shutdown(){return this._sharedState.hasShutdown=!0,this._sharedState.activeProcessor.shutdown()}}});var Hs,Fs,Ks=u(()=>{gt();Hs=new Map,Fs=class{static{s(this,"LogRecordProcessorMetrics")}processedLogs;queueSize;queueSizeCallback;standardAttrs;droppedAttrs;constructor(e,t,r){let n=Hs.get(e)??0;if(Hs.set(e,n+1),this.standardAttrs={[ys]:e,[Ps]:`${e}/${n}`},this.droppedAttrs={...this.standardAttrs,[kr]:"queue_full"},this.processedLogs=t.createCounter(Ms,{unit:"{log_record}",description:"The number of log records for which the processing has finished, either successful or failed."}),r){let{capacity:o,getQueueSize:i}=r;t.createUpDownCounter(Is,{unit:"{log_record}",description:"The maximum number of log records the queue of a given instance of an SDK log processor can hold."}).add(o,this.standardAttrs),this.queueSize=t.createObservableUpDownCounter(Ds,{unit:"{log_record}",description:"The number of log records in the queue of a given instance of an SDK log processor."}),this.queueSizeCallback=a=>a.observe(i(),this.standardAttrs),this.queueSize.addCallback(this.queueSizeCallback)}}dropLogs(e){this.processedLogs.add(e,this.droppedAttrs)}finishLogs(e,t){if(!t){this.processedLogs.add(e,this.standardAttrs);return}let r={...this.standardAttrs,[kr]:t.name};this.processedLogs.add(e,r)}shutdown(){this.queueSize&&this.queueSizeCallback&&this.queueSize.removeCallback(this.queueSizeCallback)}}});async function fE(e){let t=null;for(let r=0,n=e.length;r<n;r++){let o=e[r].resource;o.asyncAttributesPending&&o.waitForAsyncAttributes&&(t??=new Set,t.add(o))}t!==null&&await Promise.all(Array.from(t,r=>r.waitForAsyncAttributes?.()))}function RE(e){let t=e;typeof t!="number"&&t.unref?.()}var Ys,$s,zs=u(()=>{gt();Ks();m();G();s(fE,"waitForResources");Ys=class{static{s(this,"ExportOperation")}_exportCompleted;_exportScheduledPromise;_metrics;_exportScheduledResolve;constructor(e,t,r,n){this._exportScheduledPromise=new Promise(o=>{this._exportScheduledResolve=o}),this._exportCompleted=this._executeExport(e,t,r),this._metrics=n}get exportCompleted(){return this._exportCompleted}get exportScheduled(){return this._exportScheduledPromise}async _executeExport(e,t,r){try{await fE(t),await $.with(Or($.active()),async()=>this._exportWithTimeout(e,t,r))}catch(n){Me(n),this._exportScheduledResolve()}}async _exportWithTimeout(e,t,r){return new Promise((n,o)=>{let i=setTimeout(()=>{o(new Error("Timeout"))},r);e.export(t,a=>{this._metrics.finishLogs(t.length,a.error),clearTimeout(i),a.code===k.SUCCESS?n():o(a.error??new Error("BatchLogRecordProcessor: log record export failed"))}),this._exportScheduledResolve()})}},$s=class{static{s(this,"BatchLogRecordProcessorBase")}_maxExportBatchSize;_maxQueueSize;_scheduledDelayMillis;_exportTimeoutMillis;_exporter;_metrics;_currentExport=null;_finishedLogRecords=[];_timer;_shutdownOnce;_flushing=!1;constructor(e){this._exporter=e.exporter,this._maxExportBatchSize=e.maxExportBatchSize??512,this._maxQueueSize=e.maxQueueSize??2048,this._scheduledDelayMillis=e.scheduledDelayMillis??1e3,this._exportTimeoutMillis=e.exportTimeoutMillis??3e4,this._shutdownOnce=new Pe(this._shutdown,this),this._maxExportBatchSize>this._maxQueueSize&&(S.warn("BatchLogRecordProcessor: maxExportBatchSize must be smaller or equal to maxQueueSize, setting maxExportBatchSize to match maxQueueSize"),this._maxExportBatchSize=this._maxQueueSize);let t=e?.selfObsMeterProvider?e.selfObsMeterProvider.getMeter("@opentelemetry/sdk-logs"):re();this._metrics=new Fs(Us,t,{capacity:this._maxQueueSize,getQueueSize:s(()=>this._finishedLogRecords.length,"getQueueSize")})}onEmit(e){this._shutdownOnce.isCalled||this._addToBuffer(e)}forceFlush(){return this._shutdownOnce.isCalled?this._shutdownOnce.promise:this._flushAll()}_addToBuffer(e){if(this._finishedLogRecords.length>=this._maxQueueSize){this._metrics.dropLogs(1);return}this._finishedLogRecords.push(e),this._maybeStartTimer()}shutdown(){return this._shutdownOnce.call()}async _shutdown(){this.onShutdown(),await this._flushAll(),this._metrics.shutdown(),await this._exporter.shutdown()}async _flushAll(){if(this._flushing)return;this._flushing=!0;let e=this._finishedLogRecords;this._finishedLogRecords=[],this._clearTimer();let t=this._currentExport;for(t!==null&&(await this._exporter.forceFlush(),await t.exportCompleted,this._currentExport=null);e.length>0;){let r;e.length<=this._maxExportBatchSize?(r=e,e=[]):r=e.splice(0,this._maxExportBatchSize);let n=new Ys(this._exporter,r,this._exportTimeoutMillis,this._metrics);this._currentExport=n;try{await n.exportScheduled,await this._exporter.forceFlush(),await n.exportCompleted}catch(o){Me(o)}finally{this._currentExport=null}}this._flushing=!1,this._maybeStartTimer()}_extractBatch(){if(this._finishedLogRecords.length===0)return null;if(this._finishedLogRecords.length<=this._maxExportBatchSize){let e=this._finishedLogRecords;return this._finishedLogRecords=[],e}else return this._finishedLogRecords.splice(0,this._maxExportBatchSize)}_exportOneBatch(){this._clearTimer();let e=this._extractBatch();if(e===null)return;let t=new Ys(this._exporter,e,this._exportTimeoutMillis,this._metrics);this._currentExport=t,t.exportCompleted.then(()=>{this._currentExport=null,this._maybeStartTimer()}).catch(r=>{this._currentExport=null,Me(r),this._maybeStartTimer()})}_maybeStartTimer(){if(!this._shutdownOnce.isCalled&&!this._flushing&&this._finishedLogRecords.length!==0&&this._currentExport===null){if(this._finishedLogRecords.length>=this._maxExportBatchSize){this._exportOneBatch();return}this._timer===void 0&&(this._timer=setTimeout(()=>{this._timer=void 0,this._exportOneBatch()},this._scheduledDelayMillis),RE(this._timer))}}_clearTimer(){this._timer!==void 0&&(clearTimeout(this._timer),this._timer=void 0)}};s(RE,"unrefTimer")});var Ot,Ws=u(()=>{zs();Ot=class extends $s{static{s(this,"BatchLogRecordProcessor")}onShutdown(){}}});var js=u(()=>{Ws()});var Xs=u(()=>{Gs();js()});var Js={};Ee(Js,{BatchLogRecordProcessor:()=>Ot,LoggerProvider:()=>Gr});var Qs=u(()=>{Xs()});var Hr,qs=u(()=>{Hr=class{static{s(this,"OTLPExporterBase")}_delegate;constructor(e){this._delegate=e}export(e,t){this._delegate.export(e,t)}forceFlush(){return this._delegate.forceFlush()}shutdown(){return this._delegate.shutdown()}setMetrics(e){this._delegate.setMetrics(e)}}});var oe,Nt=u(()=>{oe=class extends Error{static{s(this,"OTLPExporterError")}code;name="OTLPExporterError";data;constructor(e,t,r){super(e),this.data=r,this.code=t}}});function pE(e){if(Number.isFinite(e)&&e>0)return e;throw new Error(`Configuration: timeoutMillis is invalid, expected number greater than 0 (actual: \'${e}\')`)}function Lt(e){if(e!=null)return async()=>e}function Zs(e,t,r){return{timeoutMillis:pE(e.timeoutMillis??t.timeoutMillis??r.timeoutMillis),concurrencyLimit:e.concurrencyLimit??t.concurrencyLimit??r.concurrencyLimit,compression:e.compression??t.compression??r.compression}}function ei(){return{timeoutMillis:1e4,concurrencyLimit:30,compression:"none"}}var Ct=u(()=>{s(pE,"validateTimeoutMillis");s(Lt,"wrapStaticHeadersInFunction");s(Zs,"mergeOtlpSharedConfigurationWithDefaults");s(ei,"getSharedConfigurationDefaults")});function ti(e){return new mE(e.concurrencyLimit)}var mE,ri=u(()=>{mE=class{static{s(this,"BoundedQueueExportPromiseHandler")}_concurrencyLimit;_sendingPromises=[];constructor(e){this._concurrencyLimit=e}pushPromise(e){if(this.hasReachedLimit())throw new Error("Concurrency Limit reached");this._sendingPromises.push(e);let t=s(()=>{let r=this._sendingPromises.indexOf(e);this._sendingPromises.splice(r,1)},"popPromise");e.then(t,t)}hasReachedLimit(){return this._sendingPromises.length>=this._concurrencyLimit}async awaitAll(){await Promise.all(this._sendingPromises)}};s(ti,"createBoundedQueueExportPromiseHandler")});function hE(e){return Object.prototype.hasOwnProperty.call(e,"partialSuccess")}function ni(){return{handleResponse(e){e==null||!hE(e)||e.partialSuccess==null||Object.keys(e.partialSuccess).length===0||S.warn("Received Partial Success response:",JSON.stringify(e.partialSuccess))}}}var oi=u(()=>{m();s(hE,"isPartialSuccessResponse");s(ni,"createLoggingPartialSuccessResponseHandler")});function si(e,t){return new gE(e.transport,e.serializer,ni(),e.promiseHandler,e.metrics,t.timeout)}var gE,ii=u(()=>{Nt();oi();G();m();gE=class{static{s(this,"OTLPExportDelegate")}_metrics;_diagLogger;_transport;_serializer;_responseHandler;_promiseQueue;_timeout;constructor(e,t,r,n,o,i){this._transport=e,this._serializer=t,this._responseHandler=r,this._promiseQueue=n,this._timeout=i,this._diagLogger=S.createComponentLogger({namespace:"OTLPExportDelegate"}),this._metrics=o}export(e,t){if(this._diagLogger.debug("items to be sent",e),this._promiseQueue.hasReachedLimit()){t({code:k.FAILED,error:new Error("Concurrent export limit reached")});return}let r=this._serializer.serializeRequest(e);if(r==null){t({code:k.FAILED,error:new Error("Nothing to send")});return}let n=this._metrics.startExport(e);this._promiseQueue.pushPromise(this._transport.send(r,this._timeout).then(o=>{if(o.status==="success"){if(n(void 0),o.data!=null)try{this._responseHandler.handleResponse(this._serializer.deserializeResponse(o.data))}catch(i){this._diagLogger.warn("Export succeeded but could not deserialize response - is the response specification compliant?",i,o.data)}t({code:k.SUCCESS});return}else if(o.status==="failure"&&o.error){n(o.error),t({code:k.FAILED,error:o.error});return}else o.status==="retryable"?(n("export_max_retries"),t({code:k.FAILED,error:o.error??new oe("Export failed with retryable status")})):(n("export_failed"),t({code:k.FAILED,error:new oe("Export failed with unknown error")}))},o=>{n(o),t({code:k.FAILED,error:o})}))}forceFlush(){return this._promiseQueue.awaitAll()}setMetrics(e){this._metrics=e}async shutdown(){this._diagLogger.debug("shutdown started"),await this.forceFlush(),this._transport.shutdown()}};s(si,"createOtlpExportDelegate")});var Fr,ai,ci,Ei,ui,_i,Kr=u(()=>{Fr="http.response.status_code",ai="otel.component.name",ci="otel.component.type",Ei="server.address",ui="server.port",_i="error.type"});var bt,Yr=u(()=>{bt="0.301.0"});var Ti,li,Si=u(()=>{Kr();Yr();G();m();Ti=new Map,li=class{static{s(this,"ExporterMetrics")}inflight;exported;duration;standardAttrs;responseAttributesFromError;helper;constructor(e){let{componentType:t,metricsHelper:r,meterProvider:n,url:o,responseAttributesFromError:i}=e;this.responseAttributesFromError=i;let a=n?n.getMeter("@opentelemetry/otlp-exporter",bt):re(),c=Ti.get(t)??0;if(Ti.set(t,c+1),this.standardAttrs={[ci]:t,[ai]:`${t}/${c}`},o){let E=o;o.includes("://")||(E=`http://${o}`);try{let _=new URL(E);this.standardAttrs[Ei]=_.hostname;let T;_.port?T=Number(_.port):_.protocol==="http:"?T=80:_.protocol==="https:"&&(T=443),typeof T=="number"&&(this.standardAttrs[ui]=T)}catch{}}this.helper=r,this.inflight=a.createUpDownCounter(`otel.sdk.exporter.${this.helper.name}.inflight`,{unit:`{${this.helper.name}}`,description:`The number of ${this.helper.name}s which were passed to the exporter, but that have not been exported yet (neither successful, nor failed).`}),this.exported=a.createCounter(`otel.sdk.exporter.${this.helper.name}.exported`,{unit:`{${this.helper.name}}`,description:`The number of ${this.helper.name}s for which the export has finished, either successful or failed.`}),this.duration=a.createHistogram("otel.sdk.exporter.operation.duration",{unit:"s",description:"The duration of exporting a batch of telemetry records.",advice:{explicitBucketBoundaries:[]}})}startExport(e){let t=this.helper.countItems(e),r=De();return this.inflight.add(t,this.standardAttrs),n=>{let o=De();this.inflight.add(-t,this.standardAttrs);let i=n?{...this.standardAttrs,[_i]:n instanceof Error?n.name:"export_failed"}:this.standardAttrs;this.exported.add(t,i);let a={...i,...this.responseAttributesFromError(n)},c=Ir(br(r,o))/1e3;this.duration.record(c,a)}}}});var Ai=u(()=>{qs()});var di={};Ee(di,{OTLPExporterBase:()=>Hr});var fi=u(()=>{Ai()});function Ri(e){let t={};return Object.entries(e??{}).forEach(([r,n])=>{typeof n<"u"?t[r]=String(n):S.warn(`Header "${r}" has invalid value (${n}) and will be ignored`)}),t}var pi=u(()=>{m();s(Ri,"validateAndNormalizeHeaders")});function OE(e,t,r){return async()=>{let n={...await r()},o={};return t!=null&&Object.assign(o,await t()),e!=null&&Object.assign(o,Ri(await e())),Object.assign(o,n)}}function NE(e){if(e!=null)try{let t=globalThis.location?.href;return new URL(e,t).href}catch{throw new Error(`Configuration: Could not parse user-provided export URL: \'${e}\'`)}}function mi(e,t,r){return{...Zs(e,t,r),headers:OE(e.headers,t.headers,r.headers),url:NE(e.url)??t.url??r.url}}function hi(e,t){return{...ei(),headers:s(async()=>e,"headers"),url:"http://localhost:4318/"+t}}var gi=u(()=>{Ct();pi();s(OE,"mergeHeaders");s(NE,"validateUserProvidedUrl");s(mi,"mergeOtlpHttpConfigurationWithDefaults");s(hi,"getHttpConfigurationDefaults")});function Ue(e){return async t=>{let r=t==="http:",{Agent:n}=await(r?import("node:http"):import("node:https"));if(r){let{ca:o,cert:i,key:a,...c}=e;return new n(c)}return new n(e)}}function Oi(e,t,r){return{...mi(e,t,r),agentFactory:e.agentFactory??t.agentFactory??r.agentFactory,userAgent:e.userAgent}}function Ni(e,t){return{...hi(e,t),agentFactory:Ue({keepAlive:!0})}}var $r=u(()=>{gi();s(Ue,"httpAgentFactoryFromOptions");s(Oi,"mergeOtlpNodeHttpConfigurationWithDefaults");s(Ni,"getNodeHttpConfigurationDefaults")});function zr(e){return e===429||e===502||e===503||e===504}function Wr(e){if(e==null)return;let t=Number.parseInt(e,10);if(Number.isInteger(t))return t>0?t*1e3:-1;let r=new Date(e).getTime()-Date.now();return r>=0?r:0}var Li=u(()=>{s(zr,"isExportHTTPErrorRetryable");s(Wr,"parseRetryAfterToMills")});import*as bi from"node:zlib";import{Readable as LE}from"node:stream";function Mi(e,t,r,n,o,i,a,c){return new Promise(E=>{let _=new URL(t);o?r["User-Agent"]=`${o} ${Ci}`:r["User-Agent"]=Ci;let T=e(_,{method:"POST",headers:r,agent:i},l=>{let d=[],f=0;l.on("data",R=>{if(f+=R.length,f>4194304){E({status:"failure",error:new Error(`OTLP export response body exceeded size limit of ${CE} bytes`)}),l.destroy();return}d.push(R)}),l.on("end",()=>{l.statusCode&&l.statusCode<=299?E({status:"success",data:Buffer.concat(d)}):l.statusCode&&zr(l.statusCode)?E({status:"retryable",retryInMillis:Wr(l.headers["retry-after"])}):E({status:"failure",error:new oe(l.statusMessage,l.statusCode,Buffer.concat(d).toString())})}),l.on("error",R=>{l.statusCode&&l.statusCode<=299?E({status:"success"}):l.statusCode&&zr(l.statusCode)?E({status:"retryable",error:R,retryInMillis:Wr(l.headers["retry-after"])}):E({status:"failure",error:R})})});T.setTimeout(c,()=>{T.destroy(),E({status:"retryable",error:new Error("Request timed out")})}),T.on("error",l=>{IE(l)?E({status:"retryable",error:l}):E({status:"failure",error:l})}),bE(T,n,a,l=>{E({status:"failure",error:l})})})}function bE(e,t,r,n){let o=ME(r);t==="gzip"&&(e.setHeader("Content-Encoding","gzip"),o=o.on("error",n).pipe(bi.createGzip()).on("error",n)),o.pipe(e).on("error",n)}function ME(e){let t=new LE;return t.push(e),t.push(null),t}function IE(e){let t=new Set(["ECONNRESET","ECONNREFUSED","EPIPE","ETIMEDOUT","EAI_AGAIN","ENOTFOUND","ENETUNREACH","EHOSTUNREACH"]);return"code"in e&&typeof e.code=="string"?t.has(e.code):!1}var Ci,CE,Ii=u(()=>{Nt();Yr();Li();Ci=`OTel-OTLP-Exporter-JavaScript/${bt}`,CE=4194304;s(Mi,"sendWithHttp");s(bE,"compressAndSend");s(ME,"readableFromUint8Array");s(IE,"isHttpTransportNetworkErrorRetryable")});async function PE(e){let{request:t}=await(e==="http:"?import("node:http"):import("node:https"));return t}function Di(e){return new DE(e)}var DE,Pi=u(()=>{Ii();DE=class{static{s(this,"HttpExporterTransport")}_utils=null;_parameters;constructor(e){this._parameters=e}async send(e,t){let{agent:r,request:n}=await this._loadUtils(),o=await this._parameters.headers();return Mi(n,this._parameters.url,o,this._parameters.compression,this._parameters.userAgent,r,e,t)}shutdown(){}async _loadUtils(){let e=this._utils;if(e===null){let t=new URL(this._parameters.url).protocol,[r,n]=await Promise.all([this._parameters.agentFactory(t),PE(t)]);e=this._utils={agent:r,request:n}}return e}};s(PE,"requestFunctionFactory");s(Di,"createHttpExporterTransport")});function xE(){return Math.random()*(2*yi)-yi}function Ui(e){return new VE(e.transport)}var jr,yE,UE,wE,yi,VE,wi=u(()=>{m();jr=5,yE=1e3,UE=5e3,wE=1.5,yi=.2;s(xE,"getJitter");VE=class{static{s(this,"RetryingTransport")}_transport;constructor(e){this._transport=e}retry(e,t,r){return new Promise((n,o)=>{setTimeout(()=>{this._transport.send(e,t).then(n,o)},r)})}async send(e,t){let r=jr,n=yE,o=Date.now()+t,i=await this._transport.send(e,t);for(;i.status==="retryable"&&r>0;){r--;let a=Math.max(Math.min(n*(1+xE()),UE),0);n=n*wE;let c=i.retryInMillis??a,E=o-Date.now();if(c>E)return S.info(`Export retry time ${Math.round(c)}ms exceeds remaining timeout ${Math.round(E)}ms, not retrying further.`),i;S.verbose(`Scheduling export retry in ${Math.round(c)}ms`),i=await this.retry(e,E,c)}return i.status==="success"?S.verbose(`Export succeeded after ${jr-r} retry attempts.`):i.status==="retryable"?S.info(`Export failed after maximum retry attempts (${jr}).`):S.info(`Export failed with non-retryable error: ${i.error}`),i}shutdown(){return this._transport.shutdown()}};s(Ui,"createRetryingTransport")});function xi(e,t,r,n){return new li({componentType:e,metricsHelper:t,url:r,meterProvider:n,responseAttributesFromError:s(o=>o?o instanceof oe?{[Fr]:o.code}:{}:{[Fr]:200},"responseAttributesFromError")})}function Xr(e,t,r,n,o){return si({transport:Ui({transport:Di(e)}),serializer:t,promiseHandler:ti(e),metrics:xi(r,n,e.url,o)},{timeout:e.timeoutMillis})}var Vi=u(()=>{Nt();ri();ii();Kr();Si();Pi();wi();s(xi,"createOtlpHttpExporterMetrics");s(Xr,"createOtlpHttpExportDelegate")});function vi(e){let t=dt(e);if(t!=null){if(Number.isFinite(t)&&t>0)return t;S.warn(`Configuration: ${e} is invalid, expected number greater than 0 (actual: ${t})`)}}function vE(e){let t=vi(`OTEL_EXPORTER_OTLP_${e}_TIMEOUT`),r=vi("OTEL_EXPORTER_OTLP_TIMEOUT");return t??r}function ki(e){let t=B(e)?.trim();if(t==null||t==="none"||t==="gzip")return t;S.warn(`Configuration: ${e} is invalid, expected \'none\' or \'gzip\' (actual: \'${t}\')`)}function kE(e){let t=ki(`OTEL_EXPORTER_OTLP_${e}_COMPRESSION`),r=ki("OTEL_EXPORTER_OTLP_COMPRESSION");return t??r}function Bi(e){return{timeoutMillis:vE(e),compression:kE(e)}}var Gi=u(()=>{G();m();s(vi,"parseAndValidateTimeoutFromEnv");s(vE,"getTimeoutFromEnv");s(ki,"parseAndValidateCompressionFromEnv");s(kE,"getCompressionFromEnv");s(Bi,"getSharedConfigurationFromEnvironment")});import*as Hi from"node:fs";import*as Fi from"node:path";function BE(e){let t=B(`OTEL_EXPORTER_OTLP_${e}_HEADERS`),r=B("OTEL_EXPORTER_OTLP_HEADERS"),n=Se(t),o=Se(r);if(!(Object.keys(n).length===0&&Object.keys(o).length===0))return Object.assign({},Se(r),Se(t))}function GE(e){try{return new URL(e).toString()}catch{S.warn(`Configuration: Could not parse environment-provided export URL: \'${e}\', falling back to undefined`);return}}function HE(e,t){try{new URL(e)}catch{S.warn(`Configuration: Could not parse environment-provided export URL: \'${e}\', falling back to undefined`);return}e.endsWith("/")||(e=e+"/"),e+=t;try{new URL(e)}catch{S.warn(`Configuration: Provided URL appended with \'${t}\' is not a valid URL, using \'undefined\' instead of \'${e}\'`);return}return e}function FE(e){let t=B("OTEL_EXPORTER_OTLP_ENDPOINT");if(t!==void 0)return HE(t,e)}function KE(e){let t=B(`OTEL_EXPORTER_OTLP_${e}_ENDPOINT`);if(t!==void 0)return GE(t)}function Jr(e,t,r){let n=B(e),o=B(t),i=n??o;if(i!=null)try{return Hi.readFileSync(Fi.resolve(process.cwd(),i))}catch{S.warn(r);return}else return}function YE(e){return Jr(`OTEL_EXPORTER_OTLP_${e}_CLIENT_CERTIFICATE`,"OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE","Failed to read client certificate chain file")}function $E(e){return Jr(`OTEL_EXPORTER_OTLP_${e}_CLIENT_KEY`,"OTEL_EXPORTER_OTLP_CLIENT_KEY","Failed to read client certificate private key file")}function zE(e){return Jr(`OTEL_EXPORTER_OTLP_${e}_CERTIFICATE`,"OTEL_EXPORTER_OTLP_CERTIFICATE","Failed to read root certificate file")}function Ki(e,t){return{...Bi(e),url:KE(e)??FE(t),headers:Lt(BE(e)),agentFactory:Ue({keepAlive:!0,ca:zE(e),cert:YE(e),key:$E(e)})}}var Yi=u(()=>{Ct();$r();Gi();G();m();s(BE,"getStaticHeadersFromEnv");s(GE,"appendRootPathToUrlIfNeeded");s(HE,"appendResourcePathToUrl");s(FE,"getNonSpecificUrlFromEnv");s(KE,"getSpecificUrlFromEnv");s(Jr,"readFileFromEnv");s(YE,"getClientCertificateFromEnv");s($E,"getClientKeyFromEnv");s(zE,"getRootCertificateFromEnv");s(Ki,"getNodeHttpConfigurationFromEnvironment")});function $i(e){return typeof e.headers=="function"?e.headers:Lt(e.headers)}var zi=u(()=>{Ct();s($i,"convertLegacyHeaders")});function WE(e){if(typeof e.httpAgentOptions=="function")return e.httpAgentOptions;let t=e.httpAgentOptions;if(e.keepAlive!=null&&(t={keepAlive:e.keepAlive,...t}),t!=null)return Ue(t)}function Qr(e,t,r,n){return e.metadata&&S.warn("Metadata cannot be set when using http"),Oi({url:e.url,headers:$i(e),concurrencyLimit:e.concurrencyLimit,timeoutMillis:e.timeoutMillis,compression:e.compression,agentFactory:WE(e),userAgent:e.userAgent},Ki(t,r),Ni(n,r))}var Wi=u(()=>{$r();Yi();zi();m();s(WE,"convertLegacyAgentOptions");s(Qr,"convertLegacyHttpOptions")});var ji=u(()=>{Vi();Wi()});var Xi={};Ee(Xi,{convertLegacyHttpOptions:()=>Qr,createOtlpHttpExportDelegate:()=>Xr});var Ji=u(()=>{ji()});var qr,Qi=u(()=>{qr={name:"log",countItems:s(e=>e.length,"countItems")}});function z(e){return e<0?10:e<128?1:e<16384?2:e<2097152?3:e<268435456?4:e<34359738368?5:e<4398046511104?6:e<562949953421312?7:e<72057594037927940?8:9}var Zr=u(()=>{s(z,"estimateVarintSize")});var jE,we,qi,Zi=u(()=>{Zr();m();jE="ProtobufWriter: estimated size was too small, growing buffer.",we=1,qi=class{static{s(this,"ProtobufWriter")}_buffer;_textEncoder;_dataView;pos=0;constructor(e=65536){this._buffer=new Uint8Array(e),this._textEncoder=new TextEncoder,this._dataView=new DataView(this._buffer.buffer,this._buffer.byteOffset)}_ensureCapacity(e){let t=this.pos+e;if(t<=this._buffer.length)return;S.debug(jE);let r=this._buffer.length*2;for(;r<t;)r*=2;let n=new Uint8Array(r);n.set(this._buffer),this._buffer=n,this._dataView=new DataView(this._buffer.buffer,this._buffer.byteOffset)}finish(){return this._buffer.subarray(0,this.pos)}startLengthDelimited(){let e=this.pos;return this._ensureCapacity(we),this.pos+=we,e}finishLengthDelimited(e,t){let r=t>>>0,n=z(r);if(n>we){let i=n-we;this._ensureCapacity(i),this._buffer.copyWithin(e+n,e+we,this.pos),this.pos+=i}let o=e;r<128?this._buffer[o]=r:r<16384?(this._buffer[o++]=r&127|128,this._buffer[o]=r>>>7):r<2097152?(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o]=r>>>14):r<268435456?(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o++]=r>>>14&127|128,this._buffer[o]=r>>>21):(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o++]=r>>>14&127|128,this._buffer[o++]=r>>>21&127|128,this._buffer[o]=r>>>28)}writeSint32(e){this.writeVarint((e<<1^e>>31)>>>0)}writeSfixed64(e){let t,r;if(e>=0)t=e>>>0,r=e/4294967296>>>0;else{let n=Math.abs(e);t=n>>>0,r=n/4294967296>>>0,t=~t>>>0,r=~r>>>0,t=t+1>>>0,t===0&&(r=r+1>>>0)}this.writeFixed64(t,r)}writeVarint(e){if(this._ensureCapacity(z(e)),e>=0&&e<=4294967295){let t=e>>>0;for(;t>127;)this._buffer[this.pos++]=t&127|128,t>>>=7;this._buffer[this.pos++]=t}else{let t,r;if(e>=0)t=e>>>0,r=e/4294967296>>>0;else{let n=Math.abs(e);t=n>>>0,r=n/4294967296>>>0,t=~t>>>0,r=~r>>>0,t=t+1>>>0,t===0&&(r=r+1>>>0)}for(;r>0||t>127;)this._buffer[this.pos++]=t&127|128,t=(t>>>7|r<<25)>>>0,r>>>=7;this._buffer[this.pos++]=t&127}}writeFixed32(e){this._ensureCapacity(4);let t=e>>>0;this._buffer[this.pos++]=t&255,this._buffer[this.pos++]=t>>>8&255,this._buffer[this.pos++]=t>>>16&255,this._buffer[this.pos++]=t>>>24&255}writeFixed64(e,t){this._ensureCapacity(8);let r=e>>>0,n=t>>>0;this._buffer[this.pos++]=r&255,this._buffer[this.pos++]=r>>>8&255,this._buffer[this.pos++]=r>>>16&255,this._buffer[this.pos++]=r>>>24&255,this._buffer[this.pos++]=n&255,this._buffer[this.pos++]=n>>>8&255,this._buffer[this.pos++]=n>>>16&255,this._buffer[this.pos++]=n>>>24&255}writeBytes(e){this.writeVarint(e.length),this._ensureCapacity(e.length),this._buffer.set(e,this.pos),this.pos+=e.length}writeTag(e,t){this.writeVarint(e<<3|t)}writeDouble(e){this._ensureCapacity(8),this._dataView.setFloat64(this.pos,e,!0),this.pos+=8}writeString(e){let t=!0,r=e.length;for(let n=0;n<r;n++)if(e.charCodeAt(n)>127){t=!1;break}if(t){this.writeVarint(r),this._ensureCapacity(r);for(let n=0;n<r;n++)this._buffer[this.pos++]=e.charCodeAt(n)}else{let n=this._textEncoder.encode(e);this.writeBytes(n)}}}});function ea(e){return e>=48&&e<=57?e-48:e>=97&&e<=102?e-87:e-55}function en(e){let t=new Uint8Array(e.length/2),r=0;for(let n=0;n<e.length;n+=2){let o=ea(e.charCodeAt(n)),i=ea(e.charCodeAt(n+1));t[r++]=o<<4|i}return t}var ta=u(()=>{s(ea,"intValue");s(en,"hexToBinary")});function tn(e,t){let r=t[0],n=t[1],o=1e9,i=r&65535,a=r/65536>>>0,c=i*o,E=a*o,_=c>>>0,T=Math.floor(c/4294967296),l=(E&65535)*65536>>>0,d=E/65536>>>0,f=_+l+n,R=f>>>0,N=Math.floor(f/4294967296),h=T+d+N>>>0;e.writeFixed64(R,h)}function Mt(e,t,r){for(let n in t){if(!Object.prototype.hasOwnProperty.call(t,n))continue;let o=t[n];e.writeTag(r,2);let i=e.startLengthDelimited(),a=e.pos;XE(e,n,o),e.finishLengthDelimited(i,e.pos-a)}}function XE(e,t,r){e.writeTag(1,2),e.writeString(t),e.writeTag(2,2);let n=e.startLengthDelimited(),o=e.pos;xe(e,r),e.finishLengthDelimited(n,e.pos-o)}function xe(e,t){let r=typeof t;if(r==="string")e.writeTag(1,2),e.writeString(t);else if(r==="boolean")e.writeTag(2,0),e.writeVarint(t?1:0);else if(r==="number"){let n=t;Number.isInteger(n)&&n>=JE&&n<QE?(e.writeTag(3,0),e.writeVarint(n)):(e.writeTag(4,1),e.writeDouble(n))}else if(t instanceof Uint8Array)e.writeTag(7,2),e.writeBytes(t);else if(Array.isArray(t)){e.writeTag(5,2);let n=e.startLengthDelimited(),o=e.pos;for(let i of t){e.writeTag(1,2);let a=e.startLengthDelimited(),c=e.pos;xe(e,i),e.finishLengthDelimited(a,e.pos-c)}e.finishLengthDelimited(n,e.pos-o)}else if(r==="object"&&t!=null){e.writeTag(6,2);let n=e.startLengthDelimited(),o=e.pos,i=t;for(let a in i){if(!Object.prototype.hasOwnProperty.call(i,a))continue;let c=i[a];e.writeTag(1,2);let E=e.startLengthDelimited(),_=e.pos;e.writeTag(1,2),e.writeString(a),e.writeTag(2,2);let T=e.startLengthDelimited(),l=e.pos;xe(e,c),e.finishLengthDelimited(T,e.pos-l),e.finishLengthDelimited(E,e.pos-_)}e.finishLengthDelimited(n,e.pos-o)}}function ra(e,t,r){e.writeTag(r,2);let n=e.startLengthDelimited(),o=e.pos;e.writeTag(1,2),e.writeString(t.name),t.version&&(e.writeTag(2,2),e.writeString(t.version)),t.attributes&&Mt(e,t.attributes,3),t.droppedAttributesCount&&(e.writeTag(4,0),e.writeVarint(t.droppedAttributesCount)),e.finishLengthDelimited(n,e.pos-o)}function na(e,t,r){e.writeTag(r,2);let n=e.startLengthDelimited(),o=e.pos;t.attributes&&Mt(e,t.attributes,1),e.writeTag(2,0),e.writeVarint(0),e.finishLengthDelimited(n,e.pos-o)}var JE,QE,oa=u(()=>{s(tn,"writeHrTimeAsFixed64");s(Mt,"writeAttributes");s(XE,"writeKeyValue");JE=-(2**63),QE=2**63;s(xe,"writeAnyValue");s(ra,"writeInstrumentationScope");s(na,"writeResource")});function qE(e){let t=e.length,r=0;for(let n=0;n<t;n++){let o=e.charCodeAt(n);o<128?r+=1:o<2048?r+=2:o<55296||o>=57344?r+=3:(n++,r+=4)}return r}var sa,ia=u(()=>{Zr();s(qE,"utf8ByteLength");sa=class{static{s(this,"ProtobufSizeEstimator")}pos=0;startLengthDelimited(){return this.pos}finishLengthDelimited(e,t){this.pos+=z(t)}writeVarint(e){this.pos+=z(e)}writeSint32(e){this.pos+=z((e<<1^e>>31)>>>0)}writeSfixed64(e){this.pos+=8}writeFixed32(e){this.pos+=4}writeFixed64(e,t){this.pos+=8}writeBytes(e){this.pos+=z(e.length),this.pos+=e.length}writeTag(e,t){this.writeVarint(e<<3|t)}writeDouble(e){this.pos+=8}writeString(e){let t=qE(e);this.pos+=z(t),this.pos+=t}}});function ZE(e,t){let r=e.startLengthDelimited(),n=e.pos;if(e.writeTag(1,1),tn(e,t.hrTime),t.severityNumber!==void 0&&t.severityNumber!==K.UNSPECIFIED&&(e.writeTag(2,0),e.writeVarint(t.severityNumber)),t.severityText&&(e.writeTag(3,2),e.writeString(t.severityText)),t.body!==void 0){e.writeTag(5,2);let o=e.startLengthDelimited(),i=e.pos;xe(e,t.body),e.finishLengthDelimited(o,e.pos-i)}t.attributes&&Mt(e,t.attributes,6),e.writeTag(7,0),e.writeVarint(t.droppedAttributesCount),t.spanContext?.traceFlags&&(e.writeTag(8,5),e.writeFixed32(t.spanContext.traceFlags)),t.spanContext?.traceId&&(e.writeTag(9,2),e.writeBytes(en(t.spanContext.traceId))),t.spanContext?.spanId&&(e.writeTag(10,2),e.writeBytes(en(t.spanContext.spanId))),e.writeTag(11,1),tn(e,t.hrTimeObserved),t.eventName&&(e.writeTag(12,2),e.writeString(t.eventName)),e.finishLengthDelimited(r,e.pos-n)}function eu(e,t,r){let n=e.startLengthDelimited(),o=e.pos;ra(e,t,1);for(let i of r)e.writeTag(2,2),ZE(e,i);t.schemaUrl&&(e.writeTag(3,2),e.writeString(t.schemaUrl)),e.finishLengthDelimited(n,e.pos-o)}function aa(e,t,r){let n=e.startLengthDelimited(),o=e.pos;na(e,t,1);for(let i of r.values()){e.writeTag(2,2);let a=i[0].instrumentationScope;eu(e,a,i)}t.schemaUrl&&(e.writeTag(3,2),e.writeString(t.schemaUrl)),e.finishLengthDelimited(n,e.pos-o)}function tu(e){let t=new Map;for(let r of e){let n=r.resource,o=r.instrumentationScope,i=t.get(n);i||(i=new Map,t.set(n,i));let a=i.get(o);a||(a=[],i.set(o,a)),a.push(r)}return t}function ca(e){let t=tu(e),r=new sa;for(let[o,i]of t)r.writeTag(1,2),aa(r,o,i);let n=new qi(r.pos);for(let[o,i]of t)n.writeTag(1,2),aa(n,o,i);return n.finish()}var Ea=u(()=>{Zi();ta();oa();ia();m();s(ZE,"serializeLogRecord");s(eu,"serializeScopeLogs");s(aa,"serializeResourceLogs");s(tu,"createResourceMap");s(ca,"serializeLogsExportRequest")});var rn,ua=u(()=>{rn=class{static{s(this,"ProtobufReader")}pos=0;_buf;_textDecoder;constructor(e){this._buf=e,this._textDecoder=new TextDecoder}isAtEnd(){return this.pos>=this._buf.length}readTag(){let e=this.readVarint();return{fieldNumber:e>>>3,wireType:e&7}}readVarint(){let e=0,t=0,r=!1;for(;this.pos<this._buf.length;){let n=this._buf[this.pos++];if(e+=(n&127)*Math.pow(2,t),t+=7,(n&128)===0){r=!0;break}}if(!r)throw new Error("Truncated buffer: unexpected end of data while reading varint");return e}readBytes(){let e=this.readVarint();if(this.pos+e>this._buf.length)throw new Error(`Truncated buffer: expected ${e} bytes at position ${this.pos}, but only ${this._buf.length-this.pos} available`);let t=this._buf.subarray(this.pos,this.pos+e);return this.pos+=e,t}readString(){return this._textDecoder.decode(this.readBytes())}skip(e){switch(e){case 0:this.readVarint();break;case 1:this.pos+=8;break;case 2:this.readBytes();break;case 5:this.pos+=4;break;default:throw new Error(`Unknown wire type ${e}, cannot safely skip`)}}}});function ru(e){let t=new rn(e),r={};for(;!t.isAtEnd();){let{fieldNumber:n,wireType:o}=t.readTag();switch(n){case 1:o===0?r.rejectedLogRecords=t.readVarint():t.skip(o);break;case 2:o===2?r.errorMessage=t.readString():t.skip(o);break;default:t.skip(o)}}return r}function _a(e){let t=new rn(e),r={};for(;!t.isAtEnd();){let{fieldNumber:n,wireType:o}=t.readTag();n===1&&o===2?r.partialSuccess=ru(t.readBytes()):t.skip(o)}return r}var Ta=u(()=>{ua();s(ru,"deserializePartialSuccess");s(_a,"deserializeExportLogsServiceResponse")});var nn,la=u(()=>{Ea();Ta();nn={serializeRequest:s(e=>ca(e),"serializeRequest"),deserializeResponse:s(e=>_a(e),"deserializeResponse")}});function Sa(e,t){let r={attributes:It(e.attributes,t),droppedAttributesCount:0},n=e.schemaUrl;return n&&n!==""&&(r.schemaUrl=n),r}function Aa(e,t){let r={name:e.name,version:e.version};return e.attributes&&Object.keys(e.attributes).length>0&&(r.attributes=It(e.attributes,t),r.droppedAttributesCount=e.droppedAttributesCount??0),r}function It(e,t){return Object.keys(e).map(r=>nu(r,e[r],t))}function nu(e,t,r){return{key:e,value:Ve(t,r)}}function Ve(e,t){let r=typeof e;if(r==="string")return{stringValue:e};if(r==="number")return Number.isInteger(e)?{intValue:e}:{doubleValue:e};if(r==="boolean")return{boolValue:e};if(e instanceof Uint8Array)return{bytesValue:t.encodeUint8Array(e)};if(Array.isArray(e)){let n=new Array(e.length);for(let o=0;o<e.length;o++)n[o]=Ve(e[o],t);return{arrayValue:{values:n}}}if(r==="object"&&e!=null){let n=Object.keys(e),o=new Array(n.length);for(let i=0;i<n.length;i++)o[i]={key:n[i],value:Ve(e[n[i]],t)};return{kvlistValue:{values:o}}}return{}}var da=u(()=>{s(Sa,"createResource");s(Aa,"createInstrumentationScope");s(It,"toAttributes");s(nu,"toKeyValue");s(Ve,"toAnyValue")});function fa(e,t){return{resourceLogs:su(e,t)}}function ou(e){let t=new Map;for(let r of e){let{resource:n,instrumentationScope:o}=r,i=t.get(n);i||(i=new Map,t.set(n,i));let a=i.get(o);a||(a=[],i.set(o,a)),a.push(r)}return t}function su(e,t){let r=ou(e);return Array.from(r,([n,o])=>{let i=Sa(n,t);return{resource:i,scopeLogs:Array.from(o,([,a])=>({scope:Aa(a[0].instrumentationScope,t),logRecords:a.map(c=>iu(c,t)),schemaUrl:a[0].instrumentationScope.schemaUrl})),schemaUrl:i.schemaUrl}})}function iu(e,t){return{timeUnixNano:t.encodeHrTime(e.hrTime),observedTimeUnixNano:t.encodeHrTime(e.hrTimeObserved),severityNumber:e.severityNumber,severityText:e.severityText,body:Ve(e.body,t),eventName:e.eventName,attributes:It(e.attributes,t),droppedAttributesCount:e.droppedAttributesCount,flags:e.spanContext?.traceFlags,traceId:t.encodeOptionalSpanContext(e.spanContext?.traceId),spanId:t.encodeOptionalSpanContext(e.spanContext?.spanId)}}var Ra=u(()=>{da();s(fa,"createExportLogsServiceRequest");s(ou,"createResourceMap");s(su,"logRecordsToResourceLogs");s(iu,"toLogRecord")});function on(e){return Buffer.from(e).toString("base64")}var pa=u(()=>{s(on,"encodeBase64")});var ma=u(()=>{pa()});function au(e){let t=BigInt(1e9);return BigInt(Math.trunc(e[0]))*t+BigInt(Math.trunc(e[1]))}function cu(e){return au(e).toString()}function ha(e){return e}var Eu,ga,Oa=u(()=>{G();ma();s(au,"hrTimeToNanos");s(cu,"encodeAsString");Eu=typeof BigInt<"u"?cu:Mr;s(ha,"identity");ga={encodeHrTime:Eu,encodeSpanContext:ha,encodeOptionalSpanContext:ha,encodeUint8Array:on}});var sn,Na=u(()=>{Ra();Oa();m();sn={serializeRequest:s(e=>{let t=fa(e,ga);return new TextEncoder().encode(JSON.stringify(t))},"serializeRequest"),deserializeResponse:s(e=>{if(e.length===0)return{};let t=new TextDecoder;try{return JSON.parse(t.decode(e))}catch(r){return S.warn(`Failed to parse logs export response: ${r.message}. Returning empty response`),{}}},"deserializeResponse")}});var La=u(()=>{Qi();la();Na()});var Ca={};Ee(Ca,{JsonLogsSerializer:()=>sn,LogsExporterMetricsHelper:()=>qr,ProtobufLogsSerializer:()=>nn});var ba=u(()=>{La()});import{Buffer as L}from"node:buffer";import{randomUUID as uu}from"node:crypto";import{write as _u,writeSync as Ya}from"node:fs";import C from"node:process";import{isMainThread as In,parentPort as Tu,Worker as lu,workerData as Tn}from"node:worker_threads";var VO="0.2.0",Qe=["debug","info","warn","error","fatal"],p={serviceName:"unknown_service",serviceVersion:"0.0.0",environment:"dev",level:"info",queueMaxSize:2e3,maxValueBytes:8192,rateLimit:1e3,protocol:"http/protobuf",timeoutMs:5e3,compression:"none",exporter:"otlp",batchMaxQueueSize:2048,batchMaxExportBatchSize:512,batchScheduledDelayMs:1e3,batchExportTimeoutMs:5e3,shutdownTimeoutMs:5e3,lokiMaxEntries:128,lokiMaxMetadataBytes:65536,maxLineBytes:262144},Su=[5,9,13,17,21],$a=["DEBUG","INFO","WARN","ERROR","FATAL"],za=new Set(["ts","level","logger","message","service","env","version","trace_id","span_id"]),Dn="attr.",zt=10,Dt=1e3,Au=2e4,ie=240*1024,du=new Set(["cloud.availability_zone","cloud.region","container.name","deployment.environment","k8s.cluster.name","k8s.container.name","k8s.cronjob.name","k8s.daemonset.name","k8s.deployment.name","k8s.job.name","k8s.namespace.name","k8s.pod.name","k8s.replicaset.name","k8s.statefulset.name","service.name","service.namespace"]),fu=10,Ru=1024,Pn=512,Fe=1024,pu=1024,mu=1024*1024,hu=32*1024*1024,gu=8*1024*1024,Ou=8192,Nu=4096,Lu=64,Cu=10,bu=.5,Wa=5,Ma=2,Mu=1e3,Iu=1e3,vt=1e4,Du="lockbox.overflow",ja=1e4,Z="[REDACTED]",Pu=["password","passwd","secret","token","api_key","apikey","api-key","authorization","cookie","private_key","privatekey"],Xa=[/\\bBearer\\s+[A-Za-z0-9._~+/=-]+/g,/\\bBasic\\s+[A-Za-z0-9+/=]{8,}/g,/\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+/g],yn="lockbox-worker/2",ln=class extends Error{static{s(this,"ObservabilityConfigError")}problems;constructor(t){let r=t.length;super(`Cannot initialize observability as ${r} setting${r===1?" is":"s are"} invalid:\n`+t.map(n=>`- ${n}`).join(`\n`)),this.name="ObservabilityConfigError",this.problems=t}},Wt=(()=>{let e=globalThis.Deno;if(e?.version?.deno)return{name:"deno",version:e.version.deno};let t=C.versions;return t.bun?{name:"bun",version:t.bun}:{name:"nodejs",version:t.node??"unknown"}})(),Sn=void 0,yu=!In&&Tn?.tag!==yn,Un=s(e=>e,"noticeScrub");function P(e){try{Ya(2,`lockbox: ${Un(e)}\n`)}catch{}}s(P,"notice");function te(e){try{return e instanceof Error?`${e.name}: ${e.message}`:String(e)}catch{return"unprintable error"}}s(te,"errorText");var Uu=["json","pretty"],wu="json",xu=8,ae=2147483647,wn=864e5,Ja=/\\b([a-z][a-z0-9+.-]*:\\/\\/)[^\\s/?#@"\'<>]*@/gi,Qa=/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$/,qa=/^[\\t\\x20-\\x7e\\x80-\\xff]*$/,An=class{static{s(this,"ConfigReader")}problems=[];warnings=[];denied=[];#e;constructor(t){this.#e=t??null}get(t){let r;try{r=this.#e!==null?this.#e[t]:C.env[t]}catch{this.denied.includes(t)||this.denied.push(t);return}return typeof r!="string"||r.trim()===""?void 0:r.trim()}invalid(t,r,n,o){let i=`Cannot read ${t} as it ${r}: got ${n}`;t.startsWith("OTEL_")?this.warnings.push(`${i}; ${o}`):this.problems.push(i)}};function x(e){if(typeof e=="number"&&!Number.isFinite(e))return String(e);try{return JSON.stringify(e)??String(e)}catch{return String(e)}}s(x,"safeJson");function Vu(e){return e.map(t=>`"${t}"`).join(", ")}s(Vu,"quotedList");function vu(e){let t=e.lastIndexOf("@");if(t<0)return e;let r=e.indexOf("://"),n=r>=0&&r<t?r+3:0;return e.slice(0,n)+e.slice(t+1)}s(vu,"withoutUserinfo");function xn(e){let t=Za(e.secrets);return r=>{let n=r.includes("@")?r.replace(Ja,"$1"):r;for(let o of t)n.includes(o)&&(n=n.split(o).join(Z));return n}}s(xn,"secretScrubber");function Za(e){let t=new Set;for(let r of e)r.length>=xu&&t.add(r);return[...t].sort((r,n)=>n.length-r.length)}s(Za,"secretList");function he(e){let t=L.from(e,"utf8").toString("base64");return[t,t.replace(/=+$/,"")]}s(he,"base64Forms");function Vn(e){let t=[e],r=/^(Basic|Bearer)\\s+(\\S+)\\s*$/i.exec(e);if(r!==null&&(t.push(r[2]),r[1].toLowerCase()==="basic")){let n=L.from(r[2],"base64").toString("utf8");t.push(n);let o=n.indexOf(":");o>=0&&t.push(n.slice(o+1))}return t}s(Vn,"headerSecrets");function ee(e){try{return decodeURIComponent(e)}catch{return}}s(ee,"percentDecode");function H(e,t){let r=`must be an integer from ${t.min} to ${t.max}${t.unit!==void 0?` (${t.unit})`:""}`,n=s(a=>Number.isSafeInteger(a)&&a>=t.min&&a<=t.max,"inRange");if(t.option!==void 0)return typeof t.option=="number"&&n(t.option)?t.option:(e.invalid(`options.${t.optionName}`,r,x(t.option),""),t.fallback);if(t.envName===void 0)return t.fallback;let o=e.get(t.envName);if(o===void 0)return t.fallback;let i=/^\\d+$/.test(o)?Number(o):NaN;return n(i)?i:(e.invalid(t.envName,r,JSON.stringify(o),`using ${t.fallbackText??`the default ${t.fallback}`}`),t.fallback)}s(H,"readInt");function ze(e,t){let r=`must be one of ${Vu(t.allowed)}`,n=t.allowed;if(t.option!==void 0)return typeof t.option=="string"&&n.includes(t.option)?t.option:(e.invalid(`options.${t.optionName}`,r,x(t.option),""),t.fallback);let o;return t.envNames.forEach((i,a)=>{let c=e.get(i);if(c===void 0)return;let E=c.toLowerCase();if(n.includes(E)){o??=E;return}let _=t.envNames.slice(a+1),T=_.length>0?`using ${_.join(" or ")} or the default "${t.fallback}"`:`using the default "${t.fallback}"`;e.invalid(i,r,JSON.stringify(c),T)}),o??t.fallback}s(ze,"readEnum");function Ia(e,t,r,n){return t===void 0?n:typeof t=="boolean"?t:(e.invalid(`options.${r}`,"must be true or false",x(t),""),n)}s(Ia,"readBool");function ku(e,t){return{level:ze(e,{option:t.level,optionName:"level",envNames:["LOG_LEVEL"],allowed:Qe,fallback:p.level}),format:ze(e,{option:t.format,optionName:"format",envNames:["LOG_FORMAT"],allowed:Uu,fallback:wu}),queueMaxSize:H(e,{option:t.queueMaxSize,optionName:"queueMaxSize",envName:"LOG_QUEUE_MAXSIZE",min:1,max:ae,unit:"records",fallback:p.queueMaxSize}),maxValueBytes:H(e,{option:t.maxValueBytes,optionName:"maxValueBytes",envName:"LOG_MAX_VALUE_BYTES",min:1,max:ae,unit:"UTF-8 bytes",fallback:p.maxValueBytes}),rateLimit:H(e,{option:t.rateLimit,optionName:"rateLimit",envName:"LOG_RATE_LIMIT",min:0,max:ae,unit:"records per second; 0 turns the guard off",fallback:p.rateLimit})}}s(ku,"readLevelsAndLimits");function Bu(e){return{maxEntries:H(e,{option:void 0,optionName:"lokiMaxEntries",envName:"LOG_LOKI_MAX_ENTRIES",min:0,max:ae,unit:"structured-metadata entries per record; 0 turns the cap off",fallback:p.lokiMaxEntries}),maxMetadataBytes:H(e,{option:void 0,optionName:"lokiMaxMetadataBytes",envName:"LOG_LOKI_MAX_METADATA_BYTES",min:0,max:ae,unit:"structured-metadata bytes per record; 0 turns the cap off",fallback:p.lokiMaxMetadataBytes}),maxLineBytes:H(e,{option:void 0,optionName:"maxLineBytes",envName:"LOG_MAX_LINE_BYTES",min:4096,max:ae,unit:"UTF-8 bytes per stdout line",fallback:p.maxLineBytes})}}s(Bu,"readLoki");function Gu(e,t){let r=[];t.redactKeys!==void 0?Array.isArray(t.redactKeys)&&t.redactKeys.every(a=>typeof a=="string")?r=t.redactKeys:e.invalid("options.redactKeys","must be an array of strings",x(t.redactKeys),""):r=(e.get("LOG_REDACT_KEYS")??"").split(",");let n=[...Pu,...r].map(a=>a.trim().toLowerCase()).filter(a=>a!==""),o=[];if(t.redactPatterns!==void 0)if(Array.isArray(t.redactPatterns))for(let a of t.redactPatterns)o.push({source:"options.redactPatterns",pattern:a});else e.invalid("options.redactPatterns","must be an array of strings or RegExps",x(t.redactPatterns),"");else{let a=e.get("LOG_REDACT_PATTERNS");if(a!==void 0){let c=[a];if(a.startsWith("["))try{c=JSON.parse(a)}catch{c=null}if(Array.isArray(c)&&c.every(E=>typeof E=="string"))for(let E of c)o.push({source:"LOG_REDACT_PATTERNS",pattern:E});else e.invalid("LOG_REDACT_PATTERNS","must be a regex or a JSON array of regex strings",JSON.stringify(a),"")}}let i=[...Xa];for(let{source:a,pattern:c}of o)try{if(!(c instanceof RegExp)&&typeof c!="string")throw new TypeError;let E=c instanceof RegExp?c:new RegExp(c,"g");i.push(new RegExp(E.source,E.flags.includes("g")?E.flags:E.flags+"g"))}catch{e.invalid(a,"must hold valid regular expressions",x(String(c)),"")}return{redactKeys:n,redactPatterns:i}}s(Gu,"readRedaction");function Hu(e){let t="OTEL_RESOURCE_ATTRIBUTES",r=e.get(t);if(r===void 0)return{};let n={},o=r.split(",");for(let i=0;i<o.length;i++){let a=o[i].trim();if(a==="")continue;let c=a.split("="),E="";if(c.length!==2)E=c.length===1?\'has no "="\':\'has an unencoded "=": write it as %3D\';else{let _=ee(c[0].trim()),T=ee(c[1].trim());_===void 0||T===void 0?E=\'has a bad "%" escape\':_===""?E="has an empty key":n[_]=T}if(E!=="")return e.invalid(t,\'must be key=value pairs separated by "," with "," "=" and "%" percent-encoded\',`${JSON.stringify(r)} (entry ${i+1} ${E})`,"the whole value is discarded, as the OTel Resource SDK spec says"),{}}return n}s(Hu,"readResourceAttributes");function Fu(e,t){let r=s((E,_)=>{if(E!==void 0){if(typeof E=="string"&&E.trim()!=="")return E;e.invalid(`options.${_}`,"must be a non-empty string",x(E),"")}},"named"),n={};if(t.resourceAttributes!==void 0)if(typeof t.resourceAttributes!="object"||t.resourceAttributes===null)e.invalid("options.resourceAttributes","must be an object",x(t.resourceAttributes),"");else for(let[E,_]of Object.entries(t.resourceAttributes))typeof _=="string"||typeof _=="boolean"||typeof _=="number"&&Number.isFinite(_)?n[E]=_:e.invalid(`options.resourceAttributes[${JSON.stringify(E)}]`,"must be a string, a finite number or a boolean",x(_),"");let o=Hu(e),i=String(r(t.serviceName,"serviceName")??n["service.name"]??e.get("OTEL_SERVICE_NAME")??o["service.name"]??e.get("APP_NAME")??p.serviceName),a=String(r(t.serviceVersion,"serviceVersion")??n["service.version"]??o["service.version"]??e.get("APP_VERSION")??p.serviceVersion),c=String(r(t.environment,"environment")??n["deployment.environment.name"]??o["deployment.environment.name"]??o["deployment.environment"]??e.get("APP_ENV")??p.environment);return{service:i,serviceVersion:a,environment:c,resource:{"service.instance.id":uu(),"process.runtime.name":Wt.name,"process.runtime.version":Wt.version,...o,...n,"service.name":i,"service.version":a,"deployment.environment.name":c,"deployment.environment":c}}}s(Fu,"readResource");function Da(e,t,r){let n=e.get(t);if(n===void 0)return{};let o={},i="",a=n.split(",");for(let c=0;c<a.length;c++){let E=a[c].trim();if(E==="")continue;let _=E.indexOf("=");if(_<0){r.push(E,ee(E)??E),i||=`entry ${c+1} has no "="`;continue}let T=E.slice(_+1).trim(),l=ee(E.slice(0,_).trim()),d=ee(T);r.push(T,...Vn(d??T)),l===void 0||d===void 0?i||=`entry ${c+1} has a bad "%" escape`:Qa.test(l)?qa.test(d)?o[l]=d:i||=`entry ${c+1} (${JSON.stringify(l)}) has a control character in its value`:i||=`entry ${c+1} has the header name ${JSON.stringify(l)}, not an HTTP token`}return i===""?o:(e.invalid(t,\'must be key=value pairs separated by ","\',`a value whose ${i} (values are not shown: they may hold credentials)`,"the whole value is discarded: no headers from it"),{})}s(Da,"readHeaderVariable");function Ku(e,t,r,n){let o="must be an http:// or https:// URL";if(typeof r!="string"){e.invalid(t,o,x(r),n);return}let i;try{i=new URL(r)}catch{}if(i===void 0||i.protocol!=="http:"&&i.protocol!=="https:"){e.invalid(t,o,JSON.stringify(vu(r)),n);return}let a=ee(i.username)??i.username,c=ee(i.password)??i.password,E=r;return(i.username!==""||i.password!=="")&&(i.username="",i.password="",E=i.href),{url:E,user:a,password:c}}s(Ku,"readUrl");function Yu(e){return e.replace(/\\/+$/,"")+"/v1/logs"}s(Yu,"logsUrlFromBase");function $u(e,t){let r=[],n=zu(e,t),o=Wu(e,n,r),i=ju(e,t,r);Ju(e,t,i,r),o!==void 0&&qu(o,i,r);for(let a of Object.values(i))r.push(...Vn(a));return{url:o?.url,urlGiven:n.length>0,headers:i,secrets:r}}s($u,"readEndpointAndAuth");function zu(e,t){if(t.logsEndpoint!==void 0)return[{source:"options.logsEndpoint",value:t.logsEndpoint,base:!1}];if(t.endpoint!==void 0)return[{source:"options.endpoint",value:t.endpoint,base:!0}];let r=[],n=e.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"),o=e.get("OTEL_EXPORTER_OTLP_ENDPOINT");return n!==void 0&&r.push({source:"OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",value:n,base:!1}),o!==void 0&&r.push({source:"OTEL_EXPORTER_OTLP_ENDPOINT",value:o,base:!0}),r}s(zu,"endpointSources");function Wu(e,t,r){let n;for(let o=0;o<t.length;o++){let{source:i,value:a,base:c}=t[o];if(typeof a=="string"&&r.push(...Zu(a)),n!==void 0)continue;let E=o+1<t.length?`using ${t[o+1].source}`:"no OTLP export: logging to stdout only",_=Ku(e,i,a,E);_!==void 0&&(n=c?{..._,url:Yu(_.url)}:_)}return n}s(Wu,"readFirstValidEndpoint");function an(e,t){for(let[r,n]of Object.entries(t)){for(let o of Object.keys(e))o.toLowerCase()===r.toLowerCase()&&delete e[o];e[r]=n}}s(an,"mergeHeaders");function ec(e){return Object.keys(e).some(t=>t.toLowerCase()==="authorization")}s(ec,"hasAuthorization");function ju(e,t,r){let n={};return an(n,Da(e,"OTEL_EXPORTER_OTLP_HEADERS",r)),an(n,Da(e,"OTEL_EXPORTER_OTLP_LOGS_HEADERS",r)),t.headers!==void 0&&an(n,Xu(e,t.headers,r)),n}s(ju,"readHeaders");function Xu(e,t,r){let n={};if(typeof t!="object"||t===null)return e.invalid("options.headers","must be an object of header names to strings","a "+typeof t,""),n;for(let[o,i]of Object.entries(t)){typeof i=="string"&&r.push(...Vn(i));let a=`options.headers[${JSON.stringify(o)}]`;Qa.test(o)?typeof i!="string"||!qa.test(i)?e.invalid(a,"must be a string without control characters",`a ${typeof i=="string"?"string with a control character":typeof i} (values are not shown)`,""):n[o]=i:e.invalid(a,"must be named by an HTTP token",JSON.stringify(o),"")}return n}s(Xu,"readOptionHeaders");function Ju(e,t,r,n){let o=t.grafanaInstanceId!==void 0?"options.grafanaInstanceId":"GRAFANA_CLOUD_INSTANCE_ID",i=t.grafanaToken!==void 0?"options.grafanaToken":"GRAFANA_CLOUD_TOKEN",a=t.grafanaInstanceId??e.get("GRAFANA_CLOUD_INSTANCE_ID"),c=t.grafanaToken??e.get("GRAFANA_CLOUD_TOKEN");n.push(...Qu(a,c)),a!==void 0&&typeof a!="string"?e.invalid(o,"must be a string",x(a),""):c!==void 0&&typeof c!="string"?e.invalid(i,"must be a string",`a ${typeof c} (not shown)`,""):a===void 0!=(c===void 0)?e.problems.push(`Cannot use Grafana Cloud auth as ${o} and ${i} must be set together: got only ${a===void 0?i:o}`):a!==void 0&&c!==void 0&&(a.includes(":")?e.problems.push(`Cannot use ${o} as it must be the instance id alone: got a value with ":" (not shown: it may hold the token); put the id in ${o} and the token in ${i}`):ec(r)||(r.Authorization="Basic "+he(`${a}:${c}`)[0]))}s(Ju,"addGrafanaCloudAuth");function Qu(e,t){let r=[];return typeof t=="string"&&r.push(t,...he(t)),typeof e=="string"&&e.includes(":")&&r.push(e,e.slice(e.indexOf(":")+1),...he(e)),typeof e=="string"&&typeof t=="string"&&r.push(`${e}:${t}`,...he(`${e}:${t}`)),r}s(Qu,"grafanaSecrets");function qu(e,t,r){e.user===""&&e.password===""||(r.push(...he(`${e.user}:${e.password}`)),ec(t)||(t.Authorization="Basic "+he(`${e.user}:${e.password}`)[0]))}s(qu,"addUserinfoAuth");function Zu(e){let t=e.lastIndexOf("@");if(t<0)return[];let r=e.indexOf("://"),n=e.slice(r>=0&&r<t?r+3:0,t),o=[];for(let i of[n,ee(n)??n]){o.push(i);let a=i.indexOf(":");a>=0&&o.push(i.slice(0,a),i.slice(a+1),i.slice(i.lastIndexOf(":")+1))}return o}s(Zu,"userinfoSecrets");function e_(e,t){let r=t_(e,t),n=r_(e),o=ze(e,{option:t.protocol,optionName:"protocol",envNames:["OTEL_EXPORTER_OTLP_LOGS_PROTOCOL","OTEL_EXPORTER_OTLP_PROTOCOL"],allowed:["http/protobuf","http/json"],fallback:p.protocol}),i=ze(e,{option:t.compression,optionName:"compression",envNames:["OTEL_EXPORTER_OTLP_LOGS_COMPRESSION","OTEL_EXPORTER_OTLP_COMPRESSION"],allowed:["gzip","none"],fallback:p.compression}),a=n_(e,t);return{enabled:r==="otlp"&&!n,protocol:o,compression:i,timeoutMs:a}}s(e_,"readExporter");function t_(e,t){if(t.exporter!==void 0)return ze(e,{option:t.exporter,optionName:"exporter",envNames:[],allowed:["otlp","none"],fallback:p.exporter});let r=e.get("OTEL_LOGS_EXPORTER");if(r===void 0)return p.exporter;let n=r.split(",").map(i=>i.trim().toLowerCase()).filter(i=>i!==""),o=n.filter(i=>i!=="otlp"&&i!=="none");return o.length>0&&e.invalid("OTEL_LOGS_EXPORTER",\'must list only "otlp" or "none" (stdout always gets every record as a JSON line)\',JSON.stringify(r),n.length>o.length?"using only the known names in it":\'using the default "otlp"\'),n.includes("otlp")?"otlp":n.includes("none")?"none":p.exporter}s(t_,"readExporterName");function r_(e){let t=e.get("OTEL_SDK_DISABLED");if(t===void 0)return!1;let r=t.toLowerCase();return r==="true"?!0:(r!=="false"&&e.invalid("OTEL_SDK_DISABLED",\'must be "true" or "false"\',JSON.stringify(t),"using false"),!1)}s(r_,"readSdkDisabled");function n_(e,t){let r=s((i,a,c,E)=>H(e,{option:i,optionName:"timeoutMs",envName:a,min:1,max:wn,unit:"milliseconds",fallback:c??p.timeoutMs,fallbackText:E}),"timeout"),n=r(void 0,"OTEL_EXPORTER_OTLP_TIMEOUT"),o=r(void 0,"OTEL_EXPORTER_OTLP_LOGS_TIMEOUT",n,`OTEL_EXPORTER_OTLP_TIMEOUT or the default ${p.timeoutMs}`);return t.timeoutMs!==void 0?r(t.timeoutMs):o}s(n_,"readExportTimeoutMs");function o_(e,t){let r={};t.batch!==void 0&&(typeof t.batch=="object"&&t.batch!==null?r=t.batch:e.invalid("options.batch","must be an object",x(t.batch),""));let n=s((a,c,E,_)=>H(e,{option:a,optionName:`batch.${c}`,envName:E,min:1,max:ae,unit:"records",fallback:_}),"size"),o=s((a,c,E,_)=>H(e,{option:a,optionName:`batch.${c}`,envName:E,min:1,max:wn,unit:"milliseconds",fallback:_}),"ms"),i={maxQueueSize:n(r.maxQueueSize,"maxQueueSize","OTEL_BLRP_MAX_QUEUE_SIZE",p.batchMaxQueueSize),maxExportBatchSize:n(r.maxExportBatchSize,"maxExportBatchSize","OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",p.batchMaxExportBatchSize),scheduledDelayMs:o(r.scheduledDelayMs,"scheduledDelayMs","OTEL_BLRP_SCHEDULE_DELAY",p.batchScheduledDelayMs),exportTimeoutMs:o(r.exportTimeoutMs,"exportTimeoutMs","OTEL_BLRP_EXPORT_TIMEOUT",p.batchExportTimeoutMs)};if(i.maxExportBatchSize>i.maxQueueSize){let a=r.maxExportBatchSize!==void 0?"options.batch.maxExportBatchSize":"OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",c=r.maxQueueSize!==void 0?"options.batch.maxQueueSize":"OTEL_BLRP_MAX_QUEUE_SIZE";e.invalid(a,`must not exceed ${c} (${i.maxQueueSize})`,String(i.maxExportBatchSize),`using ${i.maxQueueSize}`),i.maxExportBatchSize=i.maxQueueSize}return i}s(o_,"readBatch");function s_(e,t){return{worker:Ia(e,t.worker,"worker",!0),exitHooks:Ia(e,t.exitHooks,"exitHooks",!0),shutdownTimeoutMs:H(e,{option:t.shutdownTimeoutMs,optionName:"shutdownTimeoutMs",min:1,max:wn,unit:"milliseconds",fallback:p.shutdownTimeoutMs})}}s(s_,"readLifecycle");function i_(e,t){let r=new An(t),n=ku(r,e),o=Gu(r,e),i=s_(r,e),a=Fu(r,e),c=e_(r,e),E=$u(r,e),_=o_(r,e),T=Bu(r),l=null,d="";c.enabled&&(E.url!==void 0?l={url:E.url,protocol:c.protocol,headers:E.headers,timeoutMs:c.timeoutMs,compression:c.compression,batch:_}:E.urlGiven||(d="no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only"));let f={...n,...o,secrets:Za(E.secrets),...a,otlp:l,otlpNotice:d,...i,loki:T};if(r.denied.length>0){let N=r.denied.join(",");r.warnings.push(`Cannot read ${r.denied.join(", ")} as Deno needs --allow-env=${N}: got a permission error; using defaults and options for ${r.denied.length===1?"it":"them"}`)}let R=xn(f);return{config:f,problems:r.problems.map(R),warnings:r.warnings.map(R)}}s(i_,"resolveConfig");function a_(e,t,r){let{config:n,problems:o,warnings:i}=i_(e,r);if(o.length>0){let a=new ln(o);if(t)throw a;P(`${a.message}\nlockbox: started with defaults for those settings`)}for(let a of i)P(a);return n}s(a_,"configForStart");var dn=0,jt=1,Xt=2,fn=3,We=4,je=5,c_=6,tc=7,E_=8,U=null,Xe=class{constructor(t,r,n,o){this.name=t;this.nameBytes=u_(t),this.contextCount=r,this.contextBytes=n,this.contextTruncated=o,this.buckets=__(t)}name;static{s(this,"LoggerCore")}nameBytes;contextCount;contextBytes;contextTruncated;buckets},rc=new Uint8Array(0),kt=new TextEncoder;function u_(e){let t=kt.encode(e.length>Fe?e.slice(0,Fe):e);return t.length>Fe?t.slice(0,Fe):t}s(u_,"encodeKey");var Jt=class{constructor(t,r,n,o,i){this.tokens=t;this.last=r;this.core=n;this.event=o;this.owner=i}tokens;last;core;event;owner;static{s(this,"RateBucket")}suppressed=0},se=new Map,Pa=0,ge=new Set,nc=null;function __(e){let t=se.get(e);if(t===void 0){if(se.size>=vt&&++Pa>=vt/4){Pa=0;for(let[r,n]of se)n.size===0&&se.delete(r)}t=new Map,se.size<vt&&se.set(e,t)}return t}s(__,"bucketsFor");function T_(e,t,r,n){let o=e.rateLimit,i=o*2,a=t.buckets.get(r);a===void 0&&(ge.size<vt||l_(n)?(a=new Jt(i,n,t,r,t.buckets),t.buckets.set(r,a),ge.add(a)):a=nc??=new Jt(i,n,t,r,new Map));let c=Math.min(i,a.tokens+(n-a.last)*o/1e3);return a.last=n,c>=1?(a.tokens=c-1,!0):(a.tokens=c,a.suppressed++===0&&e.suppressed.push(a),!1)}s(T_,"admitRate");function l_(e){let t=0;for(let r of ge){if(t++>=4)return!1;if(ge.delete(r),e-r.last>=2e3&&r.suppressed===0)return r.owner.delete(r.event),!0;ge.add(r)}return!1}s(l_,"evictIdleBucket");function S_(){for(let e of se.values())e.clear();ge.clear(),nc=null}s(S_,"resetRateGuard");var A_=Symbol.for("opentelemetry.js.api.1"),d_=Symbol.for("OpenTelemetry Context Key SPAN"),f_=globalThis;function R_(){let e=f_[A_]?.context;if(e!==void 0)try{let r=e.active()?.getValue(d_)?.spanContext?.();if(r!==void 0&&typeof r.traceId=="string"&&r.traceId.length===32&&typeof r.spanId=="string"&&r.spanId.length===16)return r}catch{}}s(R_,"activeSpanContext");var Rn=Date.now()-performance.now();function p_(){return Rn+performance.now()}s(p_,"wallClockMs");function m_(){let e=Date.now()-performance.now();Math.abs(e-Rn)>2&&(Rn=e)}s(m_,"reanchorClock");var Qt=1,Bt=2,oc=4,pn=0,Ke=1,sc=2,ic=3,ac=4,Gt=5,cc=6,W=7,Ec=8,Ye=8192,qt=class{static{s(this,"Encoder")}own=new Uint8Array(ie+Ye);ownView=new DataView(this.own.buffer);buf=this.own;view=this.ownView;base=0;pos=0;limit=ie;markerLimit=ie+Ye-512;nodes=0;truncated=!1;maxValueBytes=p.maxValueBytes;seen=[];reset(){this.target(this.own,this.ownView,0)}target(t,r,n){this.buf=t,this.view=r,this.base=this.pos=n,this.limit=n+ie,this.markerLimit=n+ie+Ye-512,this.nodes=0,this.truncated=!1,this.seen.length!==0&&(this.seen.length=0)}head(t){return t>=4096?this.own.subarray(0,t):this.#e[t]??=this.own.subarray(0,t)}#e=[];u8(t){this.buf[this.pos++]=t}u32(t){this.view.setUint32(this.pos,t,!0),this.pos+=4}f64(t){this.view.setFloat64(this.pos,t,!0),this.pos+=8}bytes(t){let r=t.length;if(this.u32(r),r<=32){let n=this.buf,o=this.pos;for(let i=0;i<r;i++)n[o++]=t[i]}else this.buf.set(t,this.pos);this.pos+=r}str(t,r){let n=this.pos,o=n+4,i=t.length,a=this.buf;if(i<=64&&i<=r&&o+i<=this.limit){let _=0;for(;_<i;_++){let T=t.charCodeAt(_);if(T>=128)break;a[o+_]=T}if(_===i){this.view.setUint32(n,i,!0),this.pos=o+i;return}}let c=Math.max(0,Math.min(r,this.limit-o)),E;if(i*3<=c)E=kt.encodeInto(t,a.subarray(o,o+i*3)).written;else{let _=kt.encodeInto(t,a.subarray(o,o+c));if(E=_.written,_.read<i){let T=i-_.read,l=T<=65536?`${L.byteLength(t.slice(_.read),"utf8")} bytes`:`at least ${T} bytes`;E+=kt.encodeInto(`\\u2026[truncated ${l}]`,a.subarray(o+E,o+E+64)).written,this.truncated=!0}}this.view.setUint32(n,E,!0),this.pos=o+E}marker(t){let r=this.limit;this.limit=this.markerLimit,this.u8(Gt),this.str(t,256),this.limit=r}full(){return this.pos>=this.limit||this.nodes>=Au?(this.truncated=!0,!0):!1}value(t,r){switch(typeof t){case"string":return this.u8(Gt),this.str(t,this.maxValueBytes),!0;case"number":return this.u8(ac),this.f64(t),!0;case"boolean":return this.u8(t?sc:ic),!0;case"bigint":return this.u8(Gt),this.str(t.toString(),this.maxValueBytes),!0;case"undefined":case"function":case"symbol":return!1}if(t===null)return this.u8(Ke),!0;let n=this.pos,o=this.seen.length;try{this.object(t,r)}catch(i){this.pos=n,this.seen.length=o,this.marker(`[Unreadable: ${te(i)}]`),this.truncated=!0}return!0}object(t,r){if(this.nodes++,this.full())return this.marker("[Size limit]");if(this.seen.includes(t))return this.marker("[Circular]");if(Object.getPrototypeOf(t)===Object.prototype&&r<zt&&typeof t.toJSON!="function"){this.seen.push(t),this.u8(W),this.pairs(t,r),this.seen.pop();return}if(t instanceof Date){let n=t.getTime();return this.marker(Number.isNaN(n)?"Invalid Date":new Date(n).toISOString())}if(r>=zt)return this.truncated=!0,this.marker("[Depth limit]");if(this.seen.push(t),t instanceof Error)this.u8(Ec),this.str(ya(t,"name","Error"),this.maxValueBytes),this.str(ya(t,"message",""),this.maxValueBytes),this.value(Ht(t,"stack"),r+1)||this.u8(pn),(!("cause"in t)||!this.value(Ht(t,"cause"),r+1))&&this.u8(pn);else if(Array.isArray(t)||t instanceof Set){this.u8(cc);let n=this.pos;this.u32(0);let o=0,i=0;if(Array.isArray(t)){i=t.length;let a=Math.min(i,Dt);for(let c=0;c<a&&!this.full();c++,o++)this.nodes++,this.value(t[c],r+1)||this.u8(Ke)}else{i=t.size;for(let a of t){if(o>=Dt||this.full())break;this.nodes++,this.value(a,r+1)||this.u8(Ke),o++}}i>o&&(this.marker(`[${i-o} more items]`),o++,this.truncated=!0),this.view.setUint32(n,o,!0)}else if(ArrayBuffer.isView(t))this.marker(`[${t.constructor?.name??"TypedArray"} ${t.byteLength} bytes]`);else if(typeof t.toJSON=="function"){let n=t.toJSON();this.value(n,r+1)||this.u8(Ke)}else if(t instanceof Map){this.u8(W);let n=this.pos;this.u32(0);let o=0;for(let[i,a]of t){if(o>=Dt||this.full()){this.moreKeys(),o++;break}this.pair(String(i),a,r)&&o++}this.view.setUint32(n,o,!0)}else this.u8(W),this.pairs(t,r);this.seen.pop()}pairs(t,r){let n=this.pos;this.u32(0);let o=0;for(let i in t)if(Object.hasOwn(t,i)){if(o>=Dt||this.full()){this.moreKeys(),o++;break}this.pair(i,Ht(t,i),r)&&o++}return this.view.setUint32(n,o,!0),o}moreKeys(){this.truncated=!0;let t=this.limit;this.limit=this.markerLimit,this.str("[more]",16),this.limit=t,this.marker("more keys omitted")}pair(t,r,n){let o=this.pos;return this.nodes++,this.str(t,Fe),this.value(r,n+1)?!0:(this.pos=o,!1)}};function Ht(e,t){try{return e[t]}catch(r){return`[Unreadable: ${te(r)}]`}}s(Ht,"readProperty");function ya(e,t,r){let n=Ht(e,t);if(n==null)return r;try{return String(n)}catch{return r}}s(ya,"stringProperty");var Zt=null;function h_(e){let t=Zt??=new qt;t.maxValueBytes=U?.config.maxValueBytes??p.maxValueBytes,t.reset();let r=0;try{typeof e=="object"&&e!==null&&(r=t.pairs(e,-1))}catch(n){t.reset(),t.u32(1),t.str("lockbox.attributes_error",64),t.marker(te(n)),r=1}return{count:r,bytes:t.buf.slice(4,t.pos),truncated:t.truncated}}s(h_,"encodeContext");function ve(e,t,r,n){let o=U;if((o===null||o.phase!==0)&&(o=g_(),o===null)||e<o.minLevel)return;let i=o.clock();if(o.rateLimit>0&&!T_(o,t,r,i)){o.rateLimited++;return}mn(o,i,e,t,r,n,0)?o.accepted++:o.queueFull++}s(ve,"emit");function mn(e,t,r,n,o,i,a){let c=Zt,E=e.ring,_=a&Qt?Lu:0,T=E.claim(ie+Ye,_);if(T===uc)return!1;T>=0?c.target(E.bytes,E.view,T):c.reset();let l=c.base;try{let f=R_();if(c.u8(0),c.u8(r),c.f64(t),f!==void 0){a|=oc,c.u8(Number(f.traceFlags)&255);let R=c.buf,N=c.pos;for(let h=0;h<32;h++)R[N++]=f.traceId.charCodeAt(h)&127;for(let h=0;h<16;h++)R[N++]=f.spanId.charCodeAt(h)&127;c.pos=N}if(c.bytes(n.nameBytes),c.value(o,0)||c.marker(String(o)),c.u32(n.contextCount),c.bytes(n.contextBytes),i==null)c.u8(pn);else if(typeof i!="object"||i instanceof Error){c.u8(W);let R=c.pos;c.u32(0),c.pair(i instanceof Error?"error":"value",i,-1)&&c.view.setUint32(R,1,!0)}else{let R=c.pos;c.u8(W);try{c.pairs(i,-1)}catch(N){c.pos=R,c.u8(W),c.u32(1),c.str("lockbox.attributes_error",64),c.marker(te(N)),c.truncated=!0}}(n.contextTruncated||c.truncated)&&(a|=Bt),c.buf[l]=a}catch(f){T>=0?c.target(E.bytes,E.view,T):c.reset(),a|=Bt,c.u8(a),c.u8(r),c.f64(t),c.bytes(n.nameBytes),c.marker("[unencodable record]"),c.u32(0),c.u32(0),c.u8(W),c.u32(1),c.str("lockbox.attributes_error",64),c.marker(te(f))}let d=c.pos-l;if(T>=0)E.commit(T,d);else if(!E.push(c.head(d),d,_))return!1;return a&Bt&&e.truncated++,!0}s(mn,"encodeRecord");function g_(){let e=U;return e===null?(kn({},!1),U):((e.phase===2||e.phase===1)&&e.afterShutdown++,null)}s(g_,"admitSlow");var hn=class e{static{s(this,"LoggerImpl")}#e;constructor(t){this.#e=t}debug(t,r){ve(0,this.#e,t,r)}info(t,r){ve(1,this.#e,t,r)}warn(t,r){ve(2,this.#e,t,r)}error(t,r){ve(3,this.#e,t,r)}fatal(t,r){ve(4,this.#e,t,r)}child(t){let r=this.#e,n=h_(t),o=new Uint8Array(r.contextBytes.length+n.bytes.length);return o.set(r.contextBytes,0),o.set(n.bytes,r.contextBytes.length),new e(new Xe(r.name,r.contextCount+n.count,o,r.contextTruncated||n.truncated))}isEnabled(t){U===null&&kn({},!1);let r=Qe.indexOf(t);return r>=0&&r>=(U?.minLevel??0)}};function vO(e,t){let r;try{r=typeof e=="string"?e:String(e)}catch{r="[unprintable logger name]"}let n=new hn(new Xe(r,0,rc,!1));return t===void 0?n:n.child(t)}s(vO,"getLogger");var ke=0,cn=1,Pt=16,yt=17,Ut=32,wt=33,Ft=34,vn=35,ce=36,xt=192,Ua=4294967295,uc=-2,Je=class{constructor(t,r){this.buffer=t;this.maxRecords=r;this.ctl=new Int32Array(t,0,xt/4),this.bytes=new Uint8Array(t,xt),this.view=new DataView(t,xt),this.capacity=this.bytes.length;let n=this.ctl;this.#e=Atomics.load(n,ke),this.#t=Atomics.load(n,cn),this.#r=this.#n=Atomics.load(n,Pt),this.#i=this.#s=Atomics.load(n,yt),this.#c=this.#e}buffer;maxRecords;static{s(this,"Ring")}ctl;bytes;view;capacity;#e;#t;#n;#s;#r;#i;#c;static create(t){return new SharedArrayBuffer(xt+t)}#E(t,r){let n=this.#e,o=this.#n,i=this.capacity;return n>=o?t<=i-n-(o===0?1:0)?n:r&&t<=o-1?0:-1:t<=o-n-1?n:-1}#a(t){let r=this.maxRecords+t;return(this.#t-this.#s|0)<r?!0:(this.#s=Atomics.load(this.ctl,yt),(this.#t-this.#s|0)<r)}claim(t,r=0){if(!this.#a(r))return uc;let n=this.#E(4+t,!1);return n<0&&(this.#n=Atomics.load(this.ctl,Pt),n=this.#E(4+t,!1)),n<0?-1:n+4}commit(t,r){this.view.setUint32(t-4,r,!0),this.#o(t+r)}push(t,r,n=0){if(!this.#a(n))return!1;let o=4+r,i=this.#E(o,!0);if(i<0&&(this.#n=Atomics.load(this.ctl,Pt),i=this.#E(o,!0),i<0))return!1;let a=this.#e;return i===0&&a!==0&&this.capacity-a>=4&&this.view.setUint32(a,Ua,!0),this.view.setUint32(i,r,!0),this.bytes.set(t.length===r?t:t.subarray(0,r),i+4),this.#o(i+o),!0}#o(t){let r=this.ctl;this.#e=t===this.capacity?0:t,this.#t=this.#t+1|0,r[cn]=this.#t,Atomics.store(r,ke,this.#e),Atomics.load(r,wt)===1&&this.wake()}wake(){let t=this.ctl;Atomics.store(t,wt,0),Atomics.add(t,Ut,1),Atomics.notify(t,Ut)}size(){return Atomics.load(this.ctl,cn)-Atomics.load(this.ctl,yt)|0}empty(){return this.#r===(this.#c=Atomics.load(this.ctl,ke))}peek(){let t=this.#r;return t===this.#c&&(this.#c=Atomics.load(this.ctl,ke),t===this.#c)?-1:((this.capacity-t<4||this.view.getUint32(t,!0)===Ua)&&(this.#r=t=0),t)}lengthAt(t){return this.view.getUint32(t,!0)}release(t,r){let n=this.ctl,o=t+4+r;this.#r=o===this.capacity?0:o,this.#i=this.#i+1|0,Atomics.store(n,Pt,this.#r),Atomics.store(n,yt,this.#i)}sleep(t){let r=this.ctl,n=Atomics.load(r,Ut);if(Atomics.store(r,wt,1),Atomics.load(r,ke)!==this.#r||Atomics.load(r,Ft)===1)return Atomics.store(r,wt,0),Promise.resolve();let o=Atomics.waitAsync;if(typeof o=="function"){let i=o(r,Ut,n,t);return i.async?i.value:Promise.resolve()}return new Promise(i=>{setTimeout(i,Math.min(t,Wa)).unref?.()})}stop(){Atomics.store(this.ctl,Ft,1),this.wake()}stopping(){return Atomics.load(this.ctl,Ft)===1}};function O_(e,t,r,n){let o=Atomics.waitAsync;if(typeof o=="function"){let i=o(e,t,r,n);return i.async?i.value:Promise.resolve()}return new Promise(i=>setTimeout(i,Math.min(n,Wa)))}s(O_,"sleepOn");function N_(e){return Math.min(hu,Math.max(mu,e*pu))}s(N_,"ringBytesFor");var V=class{static{s(this,"ErrorValue")}type;message;stack;cause;constructor(t,r){this.type=t,this.message=r}},gn=class{static{s(this,"Redactor")}#e;#t;#n;#s;#r=new Map;constructor(t){this.#e=t.redactKeys,this.#t=t.redactPatterns,this.#n=t.secrets;let r=t.redactKeys.map(n=>n.replace(/[.*+?^${}()|[\\]\\\\]/g,"\\\\$&")).join("|");this.#s=new RegExp(`([\\\\w.-]*(?:${r})[\\\\w.-]*)(\\\\s*[=:]\\\\s*)("[^"]*"|\'[^\']*\'|[^\\\\s,;&"\']+)`,"gi")}isSecretKey(t){let r=this.#r.get(t);if(r===void 0){let n=t.toLowerCase();r=this.#e.some(o=>n.includes(o)),this.#r.size>=ja&&this.#r.clear(),this.#r.set(t,r)}return r}string(t){for(let o of this.#n)t.includes(o)&&(t=t.split(o).join(Z));t.includes("@")&&(t=t.replace(Ja,`$1${Z}@`));let r=L_.test(t);if(r){let o=this.#s;o.lastIndex=0,o.test(t)&&(o.lastIndex=0,t=t.replace(o,`$1$2${Z}`))}let n=this.#t;for(let o=r?0:Xa.length;o<n.length;o++){let i=n[o];i.lastIndex=0,i.test(t)&&(i.lastIndex=0,t=t.replace(i,Z))}return t}},L_=/Bearer|Basic|eyJ|[=:]/,C_=/^[0-9a-f]{32}$/,b_=8,M_=/^[0-9a-f]{16}$/,On=class{static{s(this,"Decoder")}#e=L.alloc(0);#t=new DataView(new ArrayBuffer(0));#n=0;#s;constructor(t){this.#s=t}#r(){return this.#e[this.#n++]}#i(){let t=this.#t.getUint32(this.#n,!0);return this.#n+=4,t}#c(){let t=this.#t.getFloat64(this.#n,!0);return this.#n+=8,t}#E(){let t=this.#i(),r=this.#n;this.#n+=t;let n=this.#e;if(t<=b_){let o="",i=r,a=r+t;for(;i<a;i++){let c=n[i];if(c>=128)break;o+=String.fromCharCode(c)}if(i===a)return o}return n.toString("utf8",r,r+t)}#a(t){let r=this.#n;return this.#n+=t,this.#e.toString("latin1",r,r+t)}#o(){switch(this.#r()){case Ke:return null;case sc:return!0;case ic:return!1;case ac:{let r=this.#c();return Number.isFinite(r)?r:String(r)}case Gt:return this.#s.string(this.#E());case cc:{let r=this.#i(),n=new Array(r);for(let o=0;o<r;o++)n[o]=this.#o()??null;return n}case W:{let r=this.#i(),n={};for(let o=0;o<r;o++){let i=this.#E(),a=this.#o();Oe(n,i,a!==void 0&&this.#s.isSecretKey(i)?Z:a)}return n}case Ec:{let r=new V(this.#s.string(this.#E()),this.#s.string(this.#E())),n=this.#o();n!==void 0&&(r.stack=n);let o=this.#o();return o!==void 0&&(r.cause=o),r}default:return}}#u(t,r,n,o){for(let i=0;i<t;i++){let a=this.#E(),c=this.#o();if(c===void 0)continue;this.#s.isSecretKey(a)&&(c=Z);let E=o===null?void 0:o.get(a);E!==void 0?n[E]=c:(o?.set(a,r.length),r.push(a),n.push(c))}}decode(t){let r=L.isBuffer(t)?t:L.from(t.buffer,t.byteOffset,t.byteLength);return this.decodeAt(r,new DataView(r.buffer,r.byteOffset,r.byteLength),0)}decodeAt(t,r,n){this.#e=t,this.#t=r,this.#n=n;let o=this.#r(),i=this.#r(),a=this.#c(),c=0,E="",_="";o&oc&&(c=this.#r(),E=this.#a(32),_=this.#a(16),(!C_.test(E)||!M_.test(_)||/^0+$/.test(E)||/^0+$/.test(_))&&(E=_=""));let T=this.#E(),l=this.#o(),d=typeof l=="string"?l:l===void 0?"":this.#s.string(JSON.stringify(l)??""),f=[],R=[],N=this.#i();this.#i(),N>0&&this.#u(N,f,R,new Map);let h=[],A=[];this.#r()===W&&this.#u(this.#i(),h,A,null);let g=f.length>0;for(let b=0;b<h.length&&!g;b++)g=za.has(h[b])||h[b].startsWith(Dn);let y=h,j=A;if(g){y=[],j=[];let b=new Set(h);for(let M=0;M<f.length;M++){let w=f[M],F=wa(w);b.has(w)||F!==w&&b.has(F)||(y.push(F),j.push(R[M]))}for(let M=0;M<h.length;M++){let w=h[M],F=wa(w);F!==w&&b.has(F)||(y.push(F),j.push(A[M]))}}return this.#_(o,i,a,c,E,_,T,d,y,j)}#_(t,r,n,o,i,a,c,E,_,T){return{internal:(t&Qt)!==0,truncated:(t&Bt)!==0,level:r<Qe.length?r:1,time:n,traceFlags:o,traceId:i,spanId:a,logger:c,message:E,keys:_,values:T}}};function Oe(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,enumerable:!0,writable:!0,configurable:!0}):e[t]=r}s(Oe,"setOwn");function wa(e){return za.has(e)?Dn+e:e}s(wa,"outputKey");function _c(e){Number.isFinite(e)||(e=0);let t=Math.floor(e*1e3),r=Math.floor(t/1e6);if(r!==Be.sec){Be.sec=r;try{let n=new Date(r*1e3).toISOString();Be.text=n.slice(0,n.length-4)}catch{Be.text="1970-01-01T00:00:00."}}return Be.text+String(t-r*1e6+1e6).slice(1)+"Z"}s(_c,"isoMicros");var Be={sec:NaN,text:""},I_=1024,D_=128,En=new Map;function xa(e){let t=En.get(e);return t===void 0&&(t=JSON.stringify(e),En.size<I_&&e.length<=D_&&En.set(e,t)),t}s(xa,"quoteKey");var Nn=class{static{s(this,"LokiCaps")}#e;#t;constructor(t,r){let n=fu,o=Ru;for(let i of P_)i in r||(n++,o+=D(i)+32);for(let i of Object.keys(r))du.has(i)||(n++,o+=D(i)+D(String(r[i])));this.#e=t.maxEntries===0?1/0:t.maxEntries-n,this.#t=t.maxMetadataBytes===0?1/0:t.maxMetadataBytes-o}apply(t){if(this.#e===1/0&&this.#t===1/0)return!1;if(t.keys.length<=this.#e){O.entries=0,O.bytes=0;for(let A=0;A<t.values.length;A++)Kt(t.keys[A],t.keys[A].length,t.values[A],!1);if(O.entries<=this.#e&&O.bytes<=this.#t)return!1}let r=t.values.map((A,g)=>nr(t.keys[g],A)),n=0,o=0;for(let A of r)n+=A.entries,o+=A.bytes;if(n<=this.#e&&o<=this.#t)return!1;let i=this.#e-1,a=this.#t-Pn*3-64,c=0,E=0,_=[],T=new Array(t.keys.length),l=s((A,g)=>c+A>i||E+g>a?!1:(c+=A,E+=g,!0),"fits"),d=t.values.findIndex(A=>A instanceof V);d>=0&&(l(r[d].entries,r[d].bytes)?T[d]=t.values[d]:_.push(t.keys[d]));for(let A=0;A<t.keys.length;A++){let g=t.values[A];er(g)||A===d||(l(r[A].entries,r[A].bytes)?T[A]=g:_.push(t.keys[A]))}for(let A=0;A<t.keys.length;A++){let g=t.values[A];if(!er(g))continue;let y=lc(g,t.keys[A],l,_);y!==void 0&&(T[A]=y)}let f=[],R=[],N="";for(let A=0;A<t.keys.length;A++)if(T[A]!==void 0){if(t.keys[A]===$e){let g=T[A];N=(typeof g=="string"?g:JSON.stringify(g)??"").slice(0,100)+"; ";continue}f.push(t.keys[A]),R.push(T[A])}let h=`${this.#e===1/0?"":`${this.#e} entries, `}${this.#t===1/0?"no byte cap":`${this.#t} bytes`}`;return f.push($e),R.push(Tc(`${N}structured metadata: kept ${c} of ${n} entries, ${E} of ${o} bytes (room for attributes: ${h}); cut`,_)),t.keys=f,t.values=R,!0}},P_=["telemetry.sdk.language","telemetry.sdk.name","telemetry.sdk.version"],$e="lockbox.truncated";function Tc(e,t){let r=e,n=0;for(;n<t.length;n++){let o=`${n===0?": ":", "}${t[n]}`;if(r.length+o.length>Pn-24)break;r+=o}return n<t.length&&(r+=` (+${t.length-n} more)`),r}s(Tc,"markerText");function er(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)&&!(e instanceof V)}s(er,"isPlainMap");function D(e){return L.byteLength(e,"utf8")}s(D,"utf8Bytes");function nr(e,t){if(er(t)){let n=0,o=0;for(let i of Object.keys(t)){let a=nr(`${e}.${i}`,t[i]);n+=a.entries,o+=a.bytes}return n===0?{entries:1,bytes:D(e)}:{entries:n,bytes:o}}if(t instanceof V){let n=3;for(let o=t.cause;o!==void 0;o=o instanceof V?o.cause:void 0)n+=3;return{entries:n,bytes:64*n+D(Sc(t))+D(t.message)}}let r=typeof t=="string"?t:JSON.stringify(t)??"null";return{entries:1,bytes:D(e)+D(r)}}s(nr,"metadataSize");var O={entries:0,bytes:0};function Kt(e,t,r,n){if(typeof r=="string")O.bytes+=(n?6:3)*r.length+2;else if(typeof r!="object"||r===null)O.bytes+=24;else if(Array.isArray(r)){n||(O.entries++,O.bytes+=3*t),O.bytes+=2;for(let o=0;o<r.length;o++)Kt("",0,r[o],!0);return}else if(r instanceof V){if(n)O.bytes+=1<<30;else{let o=nr(e,r);O.entries+=o.entries,O.bytes+=o.bytes}return}else{let o=r,i=0;for(let a in o)Object.hasOwn(o,a)&&(i++,n?(O.bytes+=6*a.length+4,Kt("",0,o[a],!0)):Kt(e,t+1+a.length,o[a],!1));n?O.bytes+=2:i===0&&(O.entries++,O.bytes+=3*t);return}n?O.bytes+=1:(O.entries++,O.bytes+=3*t)}s(Kt,"metadataBound");function lc(e,t,r,n){let o={},i=0,a=Object.keys(e);if(a.length===0){if(r(1,D(t)))return o;n.push(t);return}for(let c of a){let E=e[c],_=`${t}.${c}`;if(er(E)){let l=lc(E,_,r,n);l!==void 0&&(Oe(o,c,l),i++);continue}let T=nr(_,E);r(T.entries,T.bytes)?(Oe(o,c,E),i++):n.push(_)}return i>0?o:void 0}s(lc,"pruneMap");function Sc(e){let t=Va(e),r=e.cause,n=0;for(;r!==void 0&&n<zt;n++){let o=r instanceof V?Va(r):typeof r=="string"?r:JSON.stringify(r)??"";if(t.length+o.length>y_)break;t+=`\nCaused by: ${o}`,r=r instanceof V?r.cause:void 0}if(r!==void 0){let o=0;for(let i=r;i!==void 0&&o<zt;o++)i=i instanceof V?i.cause:void 0;t+=`\nCaused by: \\u2026[${o} more causes cut]`}return t}s(Sc,"exceptionStacktrace");var y_=16*1024;function Va(e){return typeof e.stack=="string"&&e.stack!==""?e.stack:`${e.type}: ${e.message}`}s(Va,"errorHead");function U_(e){let t=new Nn(e.loki,e.resource),r=e.loki.maxLineBytes;if(e.format==="pretty")return o=>{let i=t.apply(o),a=k_(o,r);return i&&(a.cut=!0),a};let n=`,"service":${JSON.stringify(e.service)},"env":${JSON.stringify(e.environment)},"version":${JSON.stringify(e.serviceVersion)}`;return o=>{let i=t.apply(o),a=w_(o,n,r);return i&&(a.cut=!0),a}}s(U_,"recordRenderer");function w_(e,t,r=p.maxLineBytes){let n=`{"ts":"${_c(e.time)}","level":"${Qe[e.level]}","logger":${xa(e.logger)},"message":${JSON.stringify(e.message)}${t}`;e.traceId!==""&&(n+=`,"trace_id":"${e.traceId}","span_id":"${e.spanId}"`);let o=n;for(let i=0;i<e.keys.length;i++)n+=`,${xa(e.keys[i])}:${JSON.stringify(e.values[i])??"null"}`;return n.length*3<=r||D(n)+1<=r?{line:n+`}\n`,cut:!1}:{line:x_(e,o,r),cut:!0}}s(w_,"renderLine");function x_(e,t,r){let n=r-D(t)-Pn*3-64,o=t,i=0,a="",c=[];for(let _=0;_<e.keys.length;_++){if(e.keys[_]===$e){a=String(e.values[_]);continue}let T=`,${JSON.stringify(e.keys[_])}:${JSON.stringify(e.values[_])??"null"}`,l=D(T);i+l<=n?(o+=T,i+=l):c.push(e.keys[_])}let E=Tc(`${a===""?"":`${a.slice(0,200)}; `}line size: over ${r} bytes; cut`,c);return o+=`,${JSON.stringify($e)}:${JSON.stringify(E)}}\n`,D(o)<=r+1?o:t+`,${JSON.stringify($e)}:"line size: over ${r} bytes"}\n`}s(x_,"cutLine");var V_=["\\x1B[90m","\\x1B[32m","\\x1B[33m","\\x1B[31m","\\x1B[35m"],v_=/^[\\w.:/@+-]+$/;function k_(e,t=p.maxLineBytes){let r=_c(e.time).slice(11,23),n=$a[e.level].padEnd(5),o=s(a=>v_.test(a)?a:JSON.stringify(a),"text"),i=`\\x1B[2m${r}\\x1B[0m ${V_[e.level]}${n}\\x1B[0m \\x1B[2m${o(e.logger)}\\x1B[0m ${o(e.message)}`;e.traceId!==""&&(i+=` trace_id=${e.traceId} span_id=${e.spanId}`);for(let a=0;a<e.keys.length;a++){let c=e.values[a];i+=` ${o(e.keys[a])}=${typeof c=="string"?o(c):JSON.stringify(c)??"null"}`}return i.length*3>t&&D(i)+1>t?{line:L.from(i,"utf8").subarray(0,t-4).toString("utf8").replace(/\\uFFFD$/,"")+`\\u2026\n`,cut:!0}:{line:i+`\n`,cut:!1}}s(k_,"renderPretty");var va=0,ka=1;function Ba(e){let t=e.code??e.name;return t==="EAGAIN"||t==="WouldBlock"||t==="EWOULDBLOCK"}s(Ba,"isEagain");var Ge=0,He=1,Ac=16;function B_(){return new SharedArrayBuffer(Ac+gu)}s(B_,"stdoutBacklogBuffer");var Ln=class{static{s(this,"StdoutSink")}#e;#t;#n;#s=[];#r=0;#i=0;#c=!1;#E=[];constructor(t,r){this.#e=t,this.#t=new Float64Array(r,0,2),this.#n=L.from(r,Ac);let n=this.#t[He],o=this.#t[Ge];if(o<=n){this.#t[Ge]=0,this.#t[He]=0;return}let i=this.#n.length,a=n;for(let c=n;c<o;c++)this.#n[c%i]===10&&(this.#s.push(c+1-a),a=c+1);this.#i=n}push(t){let r=L.byteLength(t,"utf8"),n=this.#t,o=n[Ge],i=this.#n;if(o-n[He]+r>i.length){this.#e[Xt]++;return}let a=o%i.length;if(a+r<=i.length)i.write(t,a,r,"utf8");else{let c=L.from(t,"utf8"),E=i.length-a;i.set(c.subarray(0,E),a),i.set(c.subarray(E),0)}n[Ge]=o+r,this.#s.push(r)}flush(){if(this.#c)return!1;let t=this.#s;if(this.#r===t.length){this.#r>0&&(this.#s=[],this.#r=0),this.#i>0&&(this.#t[Ge]=0,this.#t[He]=0,this.#i=0);for(let i of this.#E.splice(0))i();return!0}let r=t[this.#r],n=1;for(;this.#r+n<t.length&&r+t[this.#r+n]<=Nu;)r+=t[this.#r+n++];let o=this.#a(this.#i,r);return this.#r+=n,this.#i+=r,this.#r>4096&&this.#r*2>t.length&&(this.#s=t.slice(this.#r),this.#r=0),this.#c=!0,this.#u(o,0,n),!1}#a(t,r){let n=this.#n,o=t%n.length;return o+r<=n.length?L.from(n.subarray(o,o+r)):L.concat([n.subarray(o),n.subarray(0,r-(n.length-o))])}#o(t,r,n){this.#t[He]+=t,this.#e[n?dn:jt]+=r}#u(t,r,n){let o=s(a=>{this.#o(t.length,n,a),this.#c=!1,this.flush()},"done"),i=s((a,c)=>{if(a){if(!Ba(a))return o(!1);setTimeout(()=>this.#u(t,r,n),Ma).unref?.();return}r+c<t.length?this.#u(t,r+c,n):o(!0)},"settle");try{Ga!==void 0?Ga.write(t.subarray(r)).then(a=>i(null,a),a=>i(a,0)):_u(1,t,r,t.length-r,null,i)}catch{o(!1)}}async finish(t){for(;!this.flush()&&Date.now()<t;)await new Promise(r=>{this.#E.push(r),setTimeout(r,Math.min(50,Math.max(1,t-Date.now()))).unref?.()})}finishSync(t){let r=this.#s;for(;this.#r<r.length&&Date.now()<t;){let n=r[this.#r++],o=this.#a(this.#i,n);this.#i+=n;let i=0,a=!0;for(;i<o.length;)try{i+=Ya(1,o,i,o.length-i)}catch(c){if(!Ba(c)||Date.now()>=t){a=!1;break}Atomics.wait(G_,0,0,Ma)}this.#o(n,1,a)}}},Ga=globalThis.Deno?.stdout,G_=new Int32Array(new SharedArrayBuffer(4)),H_=null;function F_(){return H_??=Promise.all([Promise.resolve().then(()=>(Bo(),ko)),Promise.resolve().then(()=>(Rs(),fs)),Promise.resolve().then(()=>(Qs(),Js)),Promise.resolve().then(()=>(fi(),di)),Promise.resolve().then(()=>(Ji(),Xi)),Promise.resolve().then(()=>(ba(),Ca))]).then(([e,t,r,n,o,i])=>({api:e,resources:t,sdk:r,base:n,nodeHttp:o,transformer:i}))}s(F_,"loadOtel");var Cn=class{static{s(this,"CountingExporter")}#e;#t;#n;partial=null;constructor(t,r,n,o){this.#e=t({serializeRequest:s(i=>r.serializeRequest(i),"serializeRequest"),deserializeResponse:s(i=>{let a=r.deserializeResponse(i),c=Number(a?.partialSuccess?.rejectedLogRecords??0);return c>0&&(this.partial={rejected:c,message:String(a.partialSuccess?.errorMessage??"")}),a},"deserializeResponse")}),this.#t=n,this.#n=o}export(t,r){let n=!1,o=s(a=>{if(n)return;n=!0,clearTimeout(i);let c=this.partial;this.partial=null;let E=a.code!==va?K_(a.error,t.length):void 0;if(E!==void 0)this.#n(t.length-E,E,new Error(`the collector stored ${t.length-E} and rejected ${E} of ${t.length} records (Loki: HTTP 400 "total ignored")`));else if(a.code!==va)this.#n(0,t.length,a.error);else if(c!==null){let _=Math.min(c.rejected,t.length);this.#n(t.length-_,_,new Error(`the collector rejected ${_} of ${t.length} records (partial success)`+(c.message?`: ${c.message}`:"")))}else this.#n(t.length,0,void 0);r(a)},"settle"),i=setTimeout(()=>{o({code:ka,error:new Error(`OTLP export got no answer within ${this.#t} ms`)})},this.#t);try{this.#e.export(t,o)}catch(a){o({code:ka,error:a instanceof Error?a:new Error(String(a))})}}shutdown(){return this.#e.shutdown()}forceFlush(){return this.#e.forceFlush?.()??Promise.resolve()}};function K_(e,t){let r=e;if(r?.code!==400||typeof r.data!="string")return;let n=[...r.data.matchAll(/total ignored: (\\d+) out of (\\d+)/g)];if(n.length!==1)return;let o=Number(n[0][1]);return Number(n[0][2])===t&&o<=t?o:void 0}s(K_,"lokiIgnored");var bn=class{static{s(this,"OtlpSink")}#e;#t;#n;#s=null;#r=null;#i=!1;#c=new Map;#E=null;#a=[];#o=0;#u=0;#_=!0;#T=null;ready;constructor(t,r,n){this.#e=n,this.#t=t,this.#n=Object.values(t.headers).filter(o=>o.length>=4),this.ready=F_().then(o=>this.#l(o,r),o=>{this.#i=!0,P(`cannot load the OpenTelemetry SDK (${te(o)}); OTLP export is off`),this.#e[je]+=this.#a.length-this.#o,this.#a=[],this.#o=0})}#l(t,r){let n=this.#t,o={url:n.url,headers:n.headers,timeoutMillis:n.timeoutMs,compression:n.compression},i=n.protocol==="http/json",{base:a,nodeHttp:c,transformer:E,sdk:_}=t,T=new Cn(l=>new a.OTLPExporterBase(c.createOtlpHttpExportDelegate(c.convertLegacyHttpOptions(o,"LOGS","v1/logs",{"Content-Type":i?"application/json":"application/x-protobuf"}),l,"otlp_http_log_exporter",E.LogsExporterMetricsHelper,void 0)),i?E.JsonLogsSerializer:E.ProtobufLogsSerializer,n.batch.exportTimeoutMs+Mu,(l,d,f)=>this.#A(l,d,f));this.#r=new _.LoggerProvider({resource:t.resources.defaultResource().merge(t.resources.resourceFromAttributes(Y_(r))),logRecordLimits:{attributeCountLimit:Number.MAX_SAFE_INTEGER,attributeValueLengthLimit:1/0},processors:[new _.BatchLogRecordProcessor({exporter:T,maxQueueSize:n.batch.maxQueueSize,maxExportBatchSize:n.batch.maxExportBatchSize,scheduledDelayMillis:n.batch.scheduledDelayMs,exportTimeoutMillis:n.batch.exportTimeoutMs})]}),this.#s=t,this.pump()}push(t,r){if(this.#i||this.#a.length-this.#o>=Ou){this.#e[je]++;return}this.#a.push({record:t,observedMs:r})}held(){return this.#a.length-this.#o+this.#u}pump(){if(this.#r===null)return;let t=this.#t.batch.maxQueueSize,r=this.#a;for(;this.#o<r.length&&this.#u<t;){let n=r[this.#o];r[this.#o++]=void 0,this.#u++;try{this.#S(n)}catch{this.#u--,this.#e[We]++}}this.#o===r.length?(this.#a=[],this.#o=0):this.#o>4096&&(this.#a=r.slice(this.#o),this.#o=0)}#S(t){let r=t.record,n=this.#s,o=this.#c.get(r.logger),i={};o===void 0&&(this.#c.size<ja?(o=this.#r.getLogger(r.logger),this.#c.set(r.logger,o)):(o=this.#E??=this.#r.getLogger(Du),i["lockbox.logger"]=r.logger));let a;for(let E=0;E<r.values.length&&a===void 0;E++){let _=r.values[E];_ instanceof V&&(a=_)}for(let E=0;E<r.keys.length;E++){let _=r.values[E],T=r.keys[E];_!==a&&(a!==void 0&&T.startsWith("exception.")?Oe(i,Dn+T,_):Oe(i,T,_))}a!==void 0&&(i["exception.type"]=a.type,i["exception.message"]=a.message,i["exception.stacktrace"]=Sc(a));let c=r.traceId!==""?n.api.trace.setSpanContext(n.api.ROOT_CONTEXT,{traceId:r.traceId,spanId:r.spanId,traceFlags:r.traceFlags}):n.api.ROOT_CONTEXT;o.emit({timestamp:$_(Math.floor(r.time*1e3)),observedTimestamp:t.observedMs,severityNumber:Su[r.level],severityText:$a[r.level],body:r.message,eventName:r.message,attributes:i,context:c})}#A(t,r,n){this.#u-=t+r,this.#e[fn]+=t,this.#e[We]+=r;let o=r===0;if(!o&&this.#_){let i=n?.message??"unknown error";for(let a of this.#n)i=i.split(a).join(Z);P(`OTLP export to ${this.#t.url} failed (${r} records): ${i}`)}this.#_=o,this.pump()}finish(){return this.#T??=(async()=>{await this.ready;let t=this.#r;if(t!==null)try{for(;this.#o<this.#a.length;)this.pump(),await t.forceFlush();await t.forceFlush(),await t.shutdown()}catch{}})(),this.#T}};function Y_(e){let t={};for(let r of Object.keys(e)){let n=e[r];Oe(t,Ha(r),typeof n=="string"?Ha(n):n)}return t}s(Y_,"wellFormed");function Ha(e){return L.from(e,"utf8").toString("utf8")}s(Ha,"toWellFormed");function $_(e){let t=Math.floor(e/1e6);return[t,(e-t*1e6)*1e3]}s($_,"microsToHrTime");function Mn(e,t){let r=e;Un=xn(r.config);let n=new Je(r.ring,r.queueMaxSize),o=new Float64Array(r.counters),i=r.config,a=new On(new gn(i)),c=U_(i),E=new Ln(o,r.stdoutBacklog),_=i.otlp!==null?new bn(i.otlp,i.resource,o):null,T=t?bu:20,l=L.alloc(ie+Ye),d=new DataView(l.buffer,l.byteOffset,l.byteLength),f=s(A=>{let g=performance.now()+A,y=Date.now(),j=0;for(let b=n.peek();b>=0;b=n.peek()){let M=n.lengthAt(b);M>l.length&&(l=L.alloc(M),d=new DataView(l.buffer,l.byteOffset,l.byteLength)),l.set(n.bytes.subarray(b+4,b+4+M)),n.release(b,M),o[c_]++;let w;try{w=a.decodeAt(l,d,0)}catch(Oc){w=W_(Oc)}let{line:F,cut:gc}=c(w);if(gc&&!w.truncated&&o[tc]++,E.push(F),_?.push(w,y),j++,(t||(j&15)===0)&&performance.now()>=g)break}return _?.pump(),E.flush(),j},"step"),R=null,N=1/0,h=(async()=>{Atomics.store(n.ctl,vn,1);let A=0;for(;;){let g=f(T);if(!n.empty()){A=0,await new Promise(y=>setTimeout(y,0));continue}if(n.stopping())break;if(g>0&&(A=0),A++<Cu){await new Promise(y=>setTimeout(y,z_));continue}A=0,await n.sleep(1e3)}await E.finish(N),await _?.finish(),Atomics.store(n.ctl,ce,1),Atomics.notify(n.ctl,ce)})();return{finish(A){return N=A,n.stop(),R??=h},finishSync(A){n.stop();do f(1/0);while(!n.empty()&&Date.now()<A);E.finishSync(A)}}}s(Mn,"startConsumer");var z_=8;function W_(e){return{internal:!1,truncated:!0,level:3,time:Date.now(),traceFlags:0,traceId:"",spanId:"",logger:"lockbox",message:"undecodable_record",keys:["error"],values:[te(e)]}}s(W_,"brokenRecord");var Fa=!1;function kO(e={}){let t=U;if(t!==null&&t.phase===1){P("initObservability() called while shutting down; nothing started, and log calls until then are counted dropped.afterShutdown (call it again after shutdownObservability() resolves to start a new session)");return}if(t!==null&&t.phase===0){Object.keys(e).length>0&&P("initObservability() called again while running; its options are ignored");return}kn(e,!0)}s(kO,"initObservability");var j_=Symbol.for("lockbox.clock");function X_(e){let t=e[j_];return typeof t=="function"?t:void 0}s(X_,"testClock");function kn(e,t){let r=a_(e,t);Un=xn(r),Zt??=new qt,Zt.maxValueBytes=r.maxValueBytes,S_();let n=Je.create(N_(r.queueMaxSize)),o=new SharedArrayBuffer(E_*8),i={phase:0,config:r,minLevel:Qe.indexOf(r.level),rateLimit:r.rateLimit,clock:X_(e)??p_,ring:new Je(n,r.queueMaxSize),init:{tag:yn,ring:n,queueMaxSize:r.queueMaxSize,counters:o,stdoutBacklog:B_(),config:r},counters:new Float64Array(o),accepted:0,internal:0,queueFull:0,rateLimited:0,afterShutdown:0,truncated:0,workerMode:!1,worker:null,inline:null,suppressed:[],reported:{},reportTimer:void 0,shutdownPromise:null,finalStats:null};U=i,r.otlpNotice!==""&&P(r.otlpNotice),r.worker&&yu?Fa||(Fa=!0,P("evaluated inside a worker thread that lockbox did not start (a bundled service\'s own worker?); starting no worker, running inline")):r.worker&&Q_(i),i.workerMode||fc(i),i.reportTimer=setInterval(()=>{i.phase===0&&(m_(),Bn(i))},Iu),i.reportTimer.unref?.(),r.exitHooks&&oT()}s(kn,"start");var J_=null;function dc(){return J_??=Sn!==void 0?new URL("data:text/javascript;base64,"+L.from(Sn,"utf8").toString("base64")):new URL(import.meta.url)}s(dc,"workerUrl");function Yt(e){let t=te(e);return/NotCapable|PermissionDenied|permission|--allow-/i.test(t)?`permission: ${t}`:/Invalid URL|ERR_INVALID_URL|ERR_MODULE_NOT_FOUND|Cannot find module|import\\.meta/i.test(t)?`bundling: ${t}`:`runtime error: ${t}`}s(Yt,"startFailure");function Q_(e){let t;try{t=dc()}catch(o){P(`cannot start the background worker (${Yt(o)}); running inline`);return}let r;try{r=new lu(t,{workerData:e.init})}catch(o){P(`cannot start the background worker (${Yt(o)}); running inline`);return}e.worker=r,e.workerMode=!0;let n=s(o=>{if(e.worker!==r||(e.worker=null,e.finalStats!==null||Atomics.load(e.ring.ctl,ce)===1))return;let i=Atomics.load(e.ring.ctl,vn)===1;P(i?`background worker stopped (${o}); continuing inline`:`background worker could not start (${o}); running inline`),e.workerMode=!1,fc(e)},"lost");r.on("error",o=>n(Yt(o))),r.on("exit",o=>n(`exit code ${o}`)),r.unref()}s(Q_,"startWorkers");function fc(e){let t=e.init;if(Atomics.store(e.ring.ctl,Ft,e.phase===0?0:1),Sn===void 0){e.inline=Mn(t,!0);return}let r=import(dc().href).then(n=>n.startConsumer(t,!0),n=>(P(`cannot load the consumer (${Yt(n)}); using this copy without OTLP`),Mn({...t,config:{...t.config,otlp:null}},!0)));e.inline={finish:s(n=>r.then(o=>o.finish(n)),"finish"),finishSync:s(()=>{},"finishSync")},r.then(n=>{e.inline!==null&&(e.inline=n)})}s(fc,"startInline");function Bn(e){let t=e.clock();for(let a of e.suppressed){let c;try{c=typeof a.event=="string"?a.event:String(a.event)}catch{c="[unprintable event]"}mn(e,t,2,a.core,"log_suppressed",{event:c,suppressed:a.suppressed},Qt)&&e.internal++,a.suppressed=0}e.suppressed=[];let r=e.counters,n={queue_full:e.queueFull,rate_limited:e.rateLimited,stdout_failed:r[jt],stdout_dropped:r[Xt],otlp_failed:r[We],otlp_dropped:r[je]},o={},i=!1;for(let a in n)o[a]=n[a]-(e.reported[a]??0),o[a]>0&&(i=!0);e.reported=n,i&&mn(e,t,2,Z_(),"observability_dropped",o,Qt)&&e.internal++}s(Bn,"policyReport");var q_=null;function Z_(){return q_??=new Xe("lockbox",0,rc,!1)}s(Z_,"selfLogger");function Rc(e={}){let t=U;if(t===null)return Promise.resolve(Ka());if(t.shutdownPromise!==null)return t.shutdownPromise;if(t.finalStats!==null)return Promise.resolve(Ka());let r=Number.isFinite(e.timeoutMs)&&e.timeoutMs>=0?e.timeoutMs:t.config.shutdownTimeoutMs;return Bn(t),t.phase=1,t.shutdownPromise=eT(t,r),t.shutdownPromise}s(Rc,"shutdownObservability");async function eT(e,t){let r=Date.now()+t;e.ring.stop(),e.worker?.ref();let n,o=new Promise(a=>{n=setTimeout(a,t)}),i=(async()=>{let a=e.ring.ctl;for(;Atomics.load(a,ce)!==1&&Date.now()<r;){if(!e.workerMode&&e.inline!==null){await e.inline.finish(r);continue}await O_(a,ce,0,Math.min(50,Math.max(1,r-Date.now())))}})();return await Promise.race([i,o]),clearTimeout(n),Gn(e)}s(eT,"runShutdown");function Gn(e){if(e.finalStats!==null)return e.finalStats;let t=Hn(e),r=t.accepted+t.internal,n=t.stdout.written+t.stdout.failed+t.stdout.dropped;if(n<r&&(t.stdout.failed+=r-n),t.otlp.enabled){let o=t.otlp.exported+t.otlp.failed+t.otlp.dropped;o<r&&(t.otlp.dropped+=r-o)}t.pending=0,e.finalStats=t,e.phase=2,clearInterval(e.reportTimer);for(let o of[e.worker])o!==null&&(o.unref(),o.terminate().catch(()=>{}));return e.worker=null,e.inline=null,sT(),t}s(Gn,"finalize");function Ka(){let e=U;if(e===null)return{mode:"off",accepted:0,internal:0,dropped:{queueFull:0,rateLimited:0,afterShutdown:0},truncated:0,stdout:{written:0,failed:0,dropped:0},otlp:{enabled:!1,exported:0,failed:0,dropped:0},pending:0};let t=e.finalStats;return t!==null?{...t,dropped:{...t.dropped,afterShutdown:e.afterShutdown},stdout:{...t.stdout},otlp:{...t.otlp}}:Hn(e)}s(Ka,"observabilityStats");function Hn(e){let t=e.counters,r=e.accepted+e.internal,n=t[dn]+t[jt]+t[Xt],o=e.config.otlp!==null,i=t[fn]+t[We]+t[je];return{mode:e.workerMode?Atomics.load(e.ring.ctl,vn)===1?"worker":"starting":"inline",accepted:e.accepted,internal:e.internal,dropped:{queueFull:e.queueFull,rateLimited:e.rateLimited,afterShutdown:e.afterShutdown},truncated:e.truncated+t[tc],stdout:{written:t[dn],failed:t[jt],dropped:t[Xt]},otlp:{enabled:o,exported:t[fn],failed:t[We],dropped:t[je]},pending:Math.max(0,r-(o?Math.min(n,i):n))}}s(Hn,"statsOf");var tr=!1,tT={SIGTERM:143,SIGINT:130},Vt=null,un=Symbol.for("lockbox.denoSignalListeners"),_n=Wt.name==="deno"&&In?rT():null;function rT(){let e=globalThis;if(e[un]!==void 0)return e[un];let t=e.Deno;if(typeof t?.addSignalListener!="function")return null;let r={added:new Map,before:new Map};for(let i of["SIGTERM","SIGINT"])r.added.set(i,new Set),r.before.set(i,C.listenerCount(i));let n=t.addSignalListener,o=t.removeSignalListener;try{t.addSignalListener=s(function(a,c){n.call(t,a,c),r.added.get(a)?.add(c)},"addSignalListener"),t.removeSignalListener=s(function(a,c){o.call(t,a,c);let E=r.added.get(a);E!==void 0&&(E.delete(c)||r.before.set(a,Math.max(0,(r.before.get(a)??0)-1)))},"removeSignalListener")}catch{return null}return e[un]=r,r}s(rT,"trackDenoSignals");var $t=new Set;function pc(e,t){e!=="SIGTERM"&&e!=="SIGINT"||t===or||t===sr||($t.size===0&&queueMicrotask(()=>$t.clear()),$t.add(e))}s(pc,"onRemoveListener");function nT(e){let t=e==="SIGTERM"?or:sr,r=C.listeners(e);return r.some(o=>o!==t)||$t.has(e)?!0:_n===null?!1:(_n.added.get(e)?.size??0)+(_n.before.get(e)??0)-r.length>0}s(nT,"serviceHandles");function mc(){U?.phase===0&&Rc()}s(mc,"onBeforeExit");function Fn(){let e=U;if(e===null||e.phase!==0&&e.phase!==1)return;let t=Date.now()+e.config.shutdownTimeoutMs;e.phase===0&&Bn(e),e.phase=1,e.ring.stop();let r=e.ring.ctl;if(e.workerMode)for(;Atomics.load(r,ce)!==1&&Date.now()<t;)Atomics.wait(r,ce,0,Math.max(1,Math.min(50,t-Date.now())));else e.inline?.finishSync(t);Gn(e)}s(Fn,"onExit");function hc(e){let t=U;if(t===null||nT(e))return;let r=tT[e];if(Vt!==null&&Vt.session===t){let n=Hn(t),o=Gn(t),i=o.stdout.failed-n.stdout.failed,a=o.otlp.dropped-n.otlp.dropped;P(`${e} during the ${Vt.signal} flush; exiting now with ${r}: ${i} records not written to stdout (counted stdout.failed)`+(o.otlp.enabled?`, ${a} not exported (counted otlp.dropped)`:"")),C.exit(r)}t.phase!==2&&(Vt={session:t,signal:e},P(`${e}: flushing (up to ${t.config.shutdownTimeoutMs} ms), then exiting with ${r}; a second SIGTERM or SIGINT exits at once`),Rc().then(()=>C.exit(r)))}s(hc,"onSignal");var or=s(()=>hc("SIGTERM"),"onSigterm"),sr=s(()=>hc("SIGINT"),"onSigint");function rr(e){e.defaultPrevented||Fn()}s(rr,"onFatal");function oT(){if(!tr){tr=!0,C.on("beforeExit",mc),C.on("exit",Fn),Wt.name==="deno"&&(globalThis.addEventListener?.("error",rr),globalThis.addEventListener?.("unhandledrejection",rr));try{C.prependListener("SIGTERM",or),C.prependListener("SIGINT",sr),C.on("removeListener",pc)}catch{}}}s(oT,"installHooks");function sT(){tr&&(tr=!1,C.off("beforeExit",mc),C.off("exit",Fn),globalThis.removeEventListener?.("error",rr),globalThis.removeEventListener?.("unhandledrejection",rr),C.off("SIGTERM",or),C.off("SIGINT",sr),C.off("removeListener",pc))}s(sT,"removeHooks");if(!In&&Tn?.tag===yn){let e=Tn;Tu?.on("message",t=>{throw new TypeError(`lockbox worker takes no messages: got ${typeof t}`)}),Mn(e,!1)}export{On as Decoder,qt as Encoder,ln as ObservabilityConfigError,gn as Redactor,Je as Ring,VO as VERSION,a_ as configForStart,vO as getLogger,kO as initObservability,Ka as observabilityStats,i_ as resolveConfig,xn as secretScrubber,Rc as shutdownObservability,Mn as startConsumer,vu as withoutUserinfo};\n' : void 0;
var FOREIGN_WORKER = !isMainThread && workerData?.tag !== WORKER_TAG;
var noticeScrub = (text) => text;
function notice(text) {
  try {
    writeSync(2, `lockbox: ${noticeScrub(text)}
`);
  } catch {
  }
}
function errorText(e) {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unprintable error";
  }
}
var FORMATS = ["json", "pretty"];
var DEFAULT_FORMAT = "json";
var MIN_SECRET_CHARS = 8;
var MAX_INT31 = 2147483647;
var MAX_DURATION_MS = 864e5;
var USERINFO_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi;
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
var ConfigReader = class {
  problems = [];
  warnings = [];
  /** Variables the runtime refused to read (Deno without `--allow-env` for them). */
  denied = [];
  #env;
  constructor(env) {
    this.#env = env ?? null;
  }
  /**
   * The variable's value, trimmed. The OTel SDK environment spec, "Parsing empty value": "The SDK
   * MUST interpret an empty value of an environment variable the same way as when the variable is
   * unset"; lockbox's own variables follow the same rule.
   */
  get(name) {
    let value;
    try {
      value = this.#env !== null ? this.#env[name] : process.env[name];
    } catch {
      if (!this.denied.includes(name)) this.denied.push(name);
      return void 0;
    }
    return typeof value !== "string" || value.trim() === "" ? void 0 : value.trim();
  }
  /**
   * Reports an invalid value of `source`: `Cannot read <source> as it <rule>: got <got>`. An
   * OTEL_* variable gets a warning ending in `; <instead>` (what happens instead, e.g. `using the
   * default 5000`); an option or one of lockbox's own variables gets a problem.
   */
  invalid(source, rule, got, instead) {
    const text = `Cannot read ${source} as it ${rule}: got ${got}`;
    if (source.startsWith("OTEL_")) this.warnings.push(`${text}; ${instead}`);
    else this.problems.push(text);
  }
};
function safeJson(value) {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function quotedList(values) {
  return values.map((v) => `"${v}"`).join(", ");
}
function withoutUserinfo(url) {
  const at = url.lastIndexOf("@");
  if (at < 0) return url;
  const scheme = url.indexOf("://");
  const start2 = scheme >= 0 && scheme < at ? scheme + 3 : 0;
  return url.slice(0, start2) + url.slice(at + 1);
}
function secretScrubber(config) {
  const secrets = secretList(config.secrets);
  return (text) => {
    let s = text.includes("@") ? text.replace(USERINFO_IN_TEXT, "$1") : text;
    for (const secret of secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
    return s;
  };
}
function secretList(candidates) {
  const out = /* @__PURE__ */ new Set();
  for (const c of candidates) if (c.length >= MIN_SECRET_CHARS) out.add(c);
  return [...out].sort((a, b) => b.length - a.length);
}
function base64Forms(text) {
  const b64 = Buffer2.from(text, "utf8").toString("base64");
  return [b64, b64.replace(/=+$/, "")];
}
function headerSecrets(value) {
  const out = [value];
  const m = /^(Basic|Bearer)\s+(\S+)\s*$/i.exec(value);
  if (m !== null) {
    out.push(m[2]);
    if (m[1].toLowerCase() === "basic") {
      const decoded = Buffer2.from(m[2], "base64").toString("utf8");
      out.push(decoded);
      const colon = decoded.indexOf(":");
      if (colon >= 0) out.push(decoded.slice(colon + 1));
    }
  }
  return out;
}
function percentDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return void 0;
  }
}
function readInt(r, spec) {
  const rule = `must be an integer from ${spec.min} to ${spec.max}${spec.unit !== void 0 ? ` (${spec.unit})` : ""}`;
  const inRange = (n2) => Number.isSafeInteger(n2) && n2 >= spec.min && n2 <= spec.max;
  if (spec.option !== void 0) {
    if (typeof spec.option === "number" && inRange(spec.option)) return spec.option;
    r.invalid(`options.${spec.optionName}`, rule, safeJson(spec.option), "");
    return spec.fallback;
  }
  if (spec.envName === void 0) return spec.fallback;
  const raw = r.get(spec.envName);
  if (raw === void 0) return spec.fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (inRange(n)) return n;
  r.invalid(
    spec.envName,
    rule,
    JSON.stringify(raw),
    `using ${spec.fallbackText ?? `the default ${spec.fallback}`}`
  );
  return spec.fallback;
}
function readEnum(r, spec) {
  const rule = `must be one of ${quotedList(spec.allowed)}`;
  const allowed = spec.allowed;
  if (spec.option !== void 0) {
    if (typeof spec.option === "string" && allowed.includes(spec.option)) return spec.option;
    r.invalid(`options.${spec.optionName}`, rule, safeJson(spec.option), "");
    return spec.fallback;
  }
  let found;
  spec.envNames.forEach((name, i) => {
    const raw = r.get(name);
    if (raw === void 0) return;
    const v = raw.toLowerCase();
    if (allowed.includes(v)) {
      found ??= v;
      return;
    }
    const rest = spec.envNames.slice(i + 1);
    const fallback = rest.length > 0 ? `using ${rest.join(" or ")} or the default "${spec.fallback}"` : `using the default "${spec.fallback}"`;
    r.invalid(name, rule, JSON.stringify(raw), fallback);
  });
  return found ?? spec.fallback;
}
function readBool(r, option, optionName, fallback) {
  if (option === void 0) return fallback;
  if (typeof option === "boolean") return option;
  r.invalid(`options.${optionName}`, "must be true or false", safeJson(option), "");
  return fallback;
}
function readLevelsAndLimits(r, o) {
  return {
    level: readEnum(r, {
      option: o.level,
      optionName: "level",
      envNames: ["LOG_LEVEL"],
      allowed: LEVELS,
      fallback: DEFAULTS.level
    }),
    format: readEnum(r, {
      option: o.format,
      optionName: "format",
      envNames: ["LOG_FORMAT"],
      allowed: FORMATS,
      fallback: DEFAULT_FORMAT
    }),
    queueMaxSize: readInt(r, {
      option: o.queueMaxSize,
      optionName: "queueMaxSize",
      envName: "LOG_QUEUE_MAXSIZE",
      min: 1,
      max: MAX_INT31,
      unit: "records",
      fallback: DEFAULTS.queueMaxSize
    }),
    maxValueBytes: readInt(r, {
      option: o.maxValueBytes,
      optionName: "maxValueBytes",
      envName: "LOG_MAX_VALUE_BYTES",
      min: 1,
      max: MAX_INT31,
      unit: "UTF-8 bytes",
      fallback: DEFAULTS.maxValueBytes
    }),
    rateLimit: readInt(r, {
      option: o.rateLimit,
      optionName: "rateLimit",
      envName: "LOG_RATE_LIMIT",
      min: 0,
      max: MAX_INT31,
      unit: "records per second; 0 turns the guard off",
      fallback: DEFAULTS.rateLimit
    })
  };
}
function readLoki(r) {
  return {
    maxEntries: readInt(r, {
      option: void 0,
      optionName: "lokiMaxEntries",
      envName: "LOG_LOKI_MAX_ENTRIES",
      min: 0,
      max: MAX_INT31,
      unit: "structured-metadata entries per record; 0 turns the cap off",
      fallback: DEFAULTS.lokiMaxEntries
    }),
    maxMetadataBytes: readInt(r, {
      option: void 0,
      optionName: "lokiMaxMetadataBytes",
      envName: "LOG_LOKI_MAX_METADATA_BYTES",
      min: 0,
      max: MAX_INT31,
      unit: "structured-metadata bytes per record; 0 turns the cap off",
      fallback: DEFAULTS.lokiMaxMetadataBytes
    }),
    maxLineBytes: readInt(r, {
      option: void 0,
      optionName: "maxLineBytes",
      envName: "LOG_MAX_LINE_BYTES",
      min: 4096,
      max: MAX_INT31,
      unit: "UTF-8 bytes per stdout line",
      fallback: DEFAULTS.maxLineBytes
    })
  };
}
function readRedaction(r, o) {
  let extraKeys = [];
  if (o.redactKeys !== void 0) {
    if (Array.isArray(o.redactKeys) && o.redactKeys.every((k) => typeof k === "string")) {
      extraKeys = o.redactKeys;
    } else {
      r.invalid("options.redactKeys", "must be an array of strings", safeJson(o.redactKeys), "");
    }
  } else {
    extraKeys = (r.get("LOG_REDACT_KEYS") ?? "").split(",");
  }
  const redactKeys = [...DEFAULT_REDACT_KEYS, ...extraKeys].map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
  const given = [];
  if (o.redactPatterns !== void 0) {
    if (Array.isArray(o.redactPatterns)) {
      for (const pattern of o.redactPatterns) {
        given.push({ source: "options.redactPatterns", pattern });
      }
    } else {
      r.invalid(
        "options.redactPatterns",
        "must be an array of strings or RegExps",
        safeJson(o.redactPatterns),
        ""
      );
    }
  } else {
    const raw = r.get("LOG_REDACT_PATTERNS");
    if (raw !== void 0) {
      let list = [raw];
      if (raw.startsWith("[")) {
        try {
          list = JSON.parse(raw);
        } catch {
          list = null;
        }
      }
      if (Array.isArray(list) && list.every((x) => typeof x === "string")) {
        for (const pattern of list) given.push({ source: "LOG_REDACT_PATTERNS", pattern });
      } else {
        r.invalid(
          "LOG_REDACT_PATTERNS",
          "must be a regex or a JSON array of regex strings",
          JSON.stringify(raw),
          ""
        );
      }
    }
  }
  const redactPatterns = [...DEFAULT_REDACT_PATTERNS];
  for (const { source, pattern } of given) {
    try {
      if (!(pattern instanceof RegExp) && typeof pattern !== "string") throw new TypeError();
      const re = pattern instanceof RegExp ? pattern : new RegExp(pattern, "g");
      redactPatterns.push(
        new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")
      );
    } catch {
      r.invalid(source, "must hold valid regular expressions", safeJson(String(pattern)), "");
    }
  }
  return { redactKeys, redactPatterns };
}
function readResourceAttributes(r) {
  const name = "OTEL_RESOURCE_ATTRIBUTES";
  const raw = r.get(name);
  if (raw === void 0) return {};
  const out = {};
  const entries = raw.split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (entry === "") continue;
    const parts = entry.split("=");
    let why = "";
    if (parts.length !== 2) {
      why = parts.length === 1 ? 'has no "="' : 'has an unencoded "=": write it as %3D';
    } else {
      const key = percentDecode(parts[0].trim());
      const value = percentDecode(parts[1].trim());
      if (key === void 0 || value === void 0) why = 'has a bad "%" escape';
      else if (key === "") why = "has an empty key";
      else out[key] = value;
    }
    if (why !== "") {
      r.invalid(
        name,
        'must be key=value pairs separated by "," with "," "=" and "%" percent-encoded',
        `${JSON.stringify(raw)} (entry ${i + 1} ${why})`,
        "the whole value is discarded, as the OTel Resource SDK spec says"
      );
      return {};
    }
  }
  return out;
}
function readResource(r, o) {
  const named = (value, optionName) => {
    if (value === void 0) return void 0;
    if (typeof value === "string" && value.trim() !== "") return value;
    r.invalid(`options.${optionName}`, "must be a non-empty string", safeJson(value), "");
    return void 0;
  };
  const codeAttrs = {};
  if (o.resourceAttributes !== void 0) {
    if (typeof o.resourceAttributes !== "object" || o.resourceAttributes === null) {
      r.invalid(
        "options.resourceAttributes",
        "must be an object",
        safeJson(o.resourceAttributes),
        ""
      );
    } else {
      for (const [k, v] of Object.entries(o.resourceAttributes)) {
        if (typeof v === "string" || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v)) {
          codeAttrs[k] = v;
        } else {
          r.invalid(
            `options.resourceAttributes[${JSON.stringify(k)}]`,
            "must be a string, a finite number or a boolean",
            safeJson(v),
            ""
          );
        }
      }
    }
  }
  const envAttrs = readResourceAttributes(r);
  const service = String(
    named(o.serviceName, "serviceName") ?? codeAttrs["service.name"] ?? r.get("OTEL_SERVICE_NAME") ?? envAttrs["service.name"] ?? r.get("APP_NAME") ?? DEFAULTS.serviceName
  );
  const serviceVersion = String(
    named(o.serviceVersion, "serviceVersion") ?? codeAttrs["service.version"] ?? envAttrs["service.version"] ?? r.get("APP_VERSION") ?? DEFAULTS.serviceVersion
  );
  const environment = String(
    named(o.environment, "environment") ?? codeAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment.name"] ?? envAttrs["deployment.environment"] ?? r.get("APP_ENV") ?? DEFAULTS.environment
  );
  return {
    service,
    serviceVersion,
    environment,
    resource: {
      "service.instance.id": randomUUID(),
      "process.runtime.name": RUNTIME.name,
      "process.runtime.version": RUNTIME.version,
      ...envAttrs,
      ...codeAttrs,
      "service.name": service,
      "service.version": serviceVersion,
      "deployment.environment.name": environment,
      "deployment.environment": environment
    }
  };
}
function readHeaderVariable(r, name, secrets) {
  const raw = r.get(name);
  if (raw === void 0) return {};
  const out = {};
  let why = "";
  const entries = raw.split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq < 0) {
      secrets.push(entry, percentDecode(entry) ?? entry);
      why ||= `entry ${i + 1} has no "="`;
      continue;
    }
    const rawValue = entry.slice(eq + 1).trim();
    const key = percentDecode(entry.slice(0, eq).trim());
    const value = percentDecode(rawValue);
    secrets.push(rawValue, ...headerSecrets(value ?? rawValue));
    if (key === void 0 || value === void 0) why ||= `entry ${i + 1} has a bad "%" escape`;
    else if (!HEADER_NAME.test(key)) {
      why ||= `entry ${i + 1} has the header name ${JSON.stringify(key)}, not an HTTP token`;
    } else if (!HEADER_VALUE.test(value)) {
      why ||= `entry ${i + 1} (${JSON.stringify(key)}) has a control character in its value`;
    } else out[key] = value;
  }
  if (why === "") return out;
  r.invalid(
    name,
    'must be key=value pairs separated by ","',
    `a value whose ${why} (values are not shown: they may hold credentials)`,
    "the whole value is discarded: no headers from it"
  );
  return {};
}
function readUrl(r, source, value, fallback) {
  const rule = "must be an http:// or https:// URL";
  if (typeof value !== "string") {
    r.invalid(source, rule, safeJson(value), fallback);
    return void 0;
  }
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
  }
  if (parsed === void 0 || parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    r.invalid(source, rule, JSON.stringify(withoutUserinfo(value)), fallback);
    return void 0;
  }
  const user = percentDecode(parsed.username) ?? parsed.username;
  const password = percentDecode(parsed.password) ?? parsed.password;
  let url = value;
  if (parsed.username !== "" || parsed.password !== "") {
    parsed.username = "";
    parsed.password = "";
    url = parsed.href;
  }
  return { url, user, password };
}
function logsUrlFromBase(base) {
  return base.replace(/\/+$/, "") + "/v1/logs";
}
function readEndpointAndAuth(r, o) {
  const secrets = [];
  const sources = endpointSources(r, o);
  const found = readFirstValidEndpoint(r, sources, secrets);
  const headers = readHeaders(r, o, secrets);
  addGrafanaCloudAuth(r, o, headers, secrets);
  if (found !== void 0) addUserinfoAuth(found, headers, secrets);
  for (const v of Object.values(headers)) secrets.push(...headerSecrets(v));
  return { url: found?.url, urlGiven: sources.length > 0, headers, secrets };
}
function endpointSources(r, o) {
  if (o.logsEndpoint !== void 0) {
    return [{ source: "options.logsEndpoint", value: o.logsEndpoint, base: false }];
  }
  if (o.endpoint !== void 0) {
    return [{ source: "options.endpoint", value: o.endpoint, base: true }];
  }
  const sources = [];
  const logs = r.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");
  const base = r.get("OTEL_EXPORTER_OTLP_ENDPOINT");
  if (logs !== void 0) {
    sources.push({ source: "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", value: logs, base: false });
  }
  if (base !== void 0) {
    sources.push({ source: "OTEL_EXPORTER_OTLP_ENDPOINT", value: base, base: true });
  }
  return sources;
}
function readFirstValidEndpoint(r, sources, secrets) {
  let found;
  for (let i = 0; i < sources.length; i++) {
    const { source, value, base } = sources[i];
    if (typeof value === "string") secrets.push(...userinfoSecrets(value));
    if (found !== void 0) continue;
    const fallback = i + 1 < sources.length ? `using ${sources[i + 1].source}` : "no OTLP export: logging to stdout only";
    const url = readUrl(r, source, value, fallback);
    if (url !== void 0) found = base ? { ...url, url: logsUrlFromBase(url.url) } : url;
  }
  return found;
}
function mergeHeaders(headers, add) {
  for (const [k, v] of Object.entries(add)) {
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
    }
    headers[k] = v;
  }
}
function hasAuthorization(headers) {
  return Object.keys(headers).some((k) => k.toLowerCase() === "authorization");
}
function readHeaders(r, o, secrets) {
  const headers = {};
  mergeHeaders(headers, readHeaderVariable(r, "OTEL_EXPORTER_OTLP_HEADERS", secrets));
  mergeHeaders(headers, readHeaderVariable(r, "OTEL_EXPORTER_OTLP_LOGS_HEADERS", secrets));
  if (o.headers !== void 0) mergeHeaders(headers, readOptionHeaders(r, o.headers, secrets));
  return headers;
}
function readOptionHeaders(r, given, secrets) {
  const ok = {};
  if (typeof given !== "object" || given === null) {
    r.invalid(
      "options.headers",
      "must be an object of header names to strings",
      "a " + typeof given,
      ""
    );
    return ok;
  }
  for (const [k, v] of Object.entries(given)) {
    if (typeof v === "string") secrets.push(...headerSecrets(v));
    const source = `options.headers[${JSON.stringify(k)}]`;
    if (!HEADER_NAME.test(k)) {
      r.invalid(source, "must be named by an HTTP token", JSON.stringify(k), "");
    } else if (typeof v !== "string" || !HEADER_VALUE.test(v)) {
      r.invalid(
        source,
        "must be a string without control characters",
        `a ${typeof v === "string" ? "string with a control character" : typeof v} (values are not shown)`,
        ""
      );
    } else ok[k] = v;
  }
  return ok;
}
function addGrafanaCloudAuth(r, o, headers, secrets) {
  const idSource = o.grafanaInstanceId !== void 0 ? "options.grafanaInstanceId" : "GRAFANA_CLOUD_INSTANCE_ID";
  const tokenSource = o.grafanaToken !== void 0 ? "options.grafanaToken" : "GRAFANA_CLOUD_TOKEN";
  const instanceId = o.grafanaInstanceId ?? r.get("GRAFANA_CLOUD_INSTANCE_ID");
  const token = o.grafanaToken ?? r.get("GRAFANA_CLOUD_TOKEN");
  secrets.push(...grafanaSecrets(instanceId, token));
  if (instanceId !== void 0 && typeof instanceId !== "string") {
    r.invalid(idSource, "must be a string", safeJson(instanceId), "");
  } else if (token !== void 0 && typeof token !== "string") {
    r.invalid(tokenSource, "must be a string", `a ${typeof token} (not shown)`, "");
  } else if (instanceId === void 0 !== (token === void 0)) {
    r.problems.push(
      `Cannot use Grafana Cloud auth as ${idSource} and ${tokenSource} must be set together: got only ${instanceId === void 0 ? tokenSource : idSource}`
    );
  } else if (instanceId !== void 0 && token !== void 0) {
    if (instanceId.includes(":")) {
      r.problems.push(
        `Cannot use ${idSource} as it must be the instance id alone: got a value with ":" (not shown: it may hold the token); put the id in ${idSource} and the token in ${tokenSource}`
      );
    } else if (!hasAuthorization(headers)) {
      headers["Authorization"] = "Basic " + base64Forms(`${instanceId}:${token}`)[0];
    }
  }
}
function grafanaSecrets(instanceId, token) {
  const secrets = [];
  if (typeof token === "string") secrets.push(token, ...base64Forms(token));
  if (typeof instanceId === "string" && instanceId.includes(":")) {
    secrets.push(
      instanceId,
      instanceId.slice(instanceId.indexOf(":") + 1),
      ...base64Forms(instanceId)
    );
  }
  if (typeof instanceId === "string" && typeof token === "string") {
    secrets.push(`${instanceId}:${token}`, ...base64Forms(`${instanceId}:${token}`));
  }
  return secrets;
}
function addUserinfoAuth(found, headers, secrets) {
  if (found.user === "" && found.password === "") return;
  secrets.push(...base64Forms(`${found.user}:${found.password}`));
  if (!hasAuthorization(headers)) {
    headers["Authorization"] = "Basic " + base64Forms(`${found.user}:${found.password}`)[0];
  }
}
function userinfoSecrets(value) {
  const at = value.lastIndexOf("@");
  if (at < 0) return [];
  const scheme = value.indexOf("://");
  const userinfo = value.slice(scheme >= 0 && scheme < at ? scheme + 3 : 0, at);
  const out = [];
  for (const form of [userinfo, percentDecode(userinfo) ?? userinfo]) {
    out.push(form);
    const colon = form.indexOf(":");
    if (colon >= 0) {
      out.push(form.slice(0, colon), form.slice(colon + 1), form.slice(form.lastIndexOf(":") + 1));
    }
  }
  return out;
}
function readExporter(r, o) {
  const exporter = readExporterName(r, o);
  const sdkDisabled = readSdkDisabled(r);
  const protocol = readEnum(r, {
    option: o.protocol,
    optionName: "protocol",
    envNames: ["OTEL_EXPORTER_OTLP_LOGS_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"],
    allowed: ["http/protobuf", "http/json"],
    fallback: DEFAULTS.protocol
  });
  const compression = readEnum(r, {
    option: o.compression,
    optionName: "compression",
    envNames: ["OTEL_EXPORTER_OTLP_LOGS_COMPRESSION", "OTEL_EXPORTER_OTLP_COMPRESSION"],
    allowed: ["gzip", "none"],
    fallback: DEFAULTS.compression
  });
  const timeoutMs = readExportTimeoutMs(r, o);
  return { enabled: exporter === "otlp" && !sdkDisabled, protocol, compression, timeoutMs };
}
function readExporterName(r, o) {
  if (o.exporter !== void 0) {
    return readEnum(r, {
      option: o.exporter,
      optionName: "exporter",
      envNames: [],
      allowed: ["otlp", "none"],
      fallback: DEFAULTS.exporter
    });
  }
  const raw = r.get("OTEL_LOGS_EXPORTER");
  if (raw === void 0) return DEFAULTS.exporter;
  const names = raw.split(",").map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  const unknown = names.filter((n) => n !== "otlp" && n !== "none");
  if (unknown.length > 0) {
    r.invalid(
      "OTEL_LOGS_EXPORTER",
      'must list only "otlp" or "none" (stdout always gets every record as a JSON line)',
      JSON.stringify(raw),
      names.length > unknown.length ? "using only the known names in it" : 'using the default "otlp"'
    );
  }
  if (names.includes("otlp")) return "otlp";
  if (names.includes("none")) return "none";
  return DEFAULTS.exporter;
}
function readSdkDisabled(r) {
  const raw = r.get("OTEL_SDK_DISABLED");
  if (raw === void 0) return false;
  const v = raw.toLowerCase();
  if (v === "true") return true;
  if (v !== "false") {
    r.invalid("OTEL_SDK_DISABLED", 'must be "true" or "false"', JSON.stringify(raw), "using false");
  }
  return false;
}
function readExportTimeoutMs(r, o) {
  const timeout = (option, envName, fallback, fallbackText) => readInt(r, {
    option,
    optionName: "timeoutMs",
    envName,
    min: 1,
    max: MAX_DURATION_MS,
    unit: "milliseconds",
    fallback: fallback ?? DEFAULTS.timeoutMs,
    fallbackText
  });
  const any = timeout(void 0, "OTEL_EXPORTER_OTLP_TIMEOUT");
  const logs = timeout(
    void 0,
    "OTEL_EXPORTER_OTLP_LOGS_TIMEOUT",
    any,
    `OTEL_EXPORTER_OTLP_TIMEOUT or the default ${DEFAULTS.timeoutMs}`
  );
  return o.timeoutMs !== void 0 ? timeout(o.timeoutMs) : logs;
}
function readBatch(r, o) {
  let b = {};
  if (o.batch !== void 0) {
    if (typeof o.batch === "object" && o.batch !== null) b = o.batch;
    else r.invalid("options.batch", "must be an object", safeJson(o.batch), "");
  }
  const size = (option, key, envName, fallback) => readInt(r, {
    option,
    optionName: `batch.${key}`,
    envName,
    min: 1,
    max: MAX_INT31,
    unit: "records",
    fallback
  });
  const ms = (option, key, envName, fallback) => readInt(r, {
    option,
    optionName: `batch.${key}`,
    envName,
    min: 1,
    max: MAX_DURATION_MS,
    unit: "milliseconds",
    fallback
  });
  const batch = {
    maxQueueSize: size(
      b.maxQueueSize,
      "maxQueueSize",
      "OTEL_BLRP_MAX_QUEUE_SIZE",
      DEFAULTS.batchMaxQueueSize
    ),
    maxExportBatchSize: size(
      b.maxExportBatchSize,
      "maxExportBatchSize",
      "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",
      DEFAULTS.batchMaxExportBatchSize
    ),
    scheduledDelayMs: ms(
      b.scheduledDelayMs,
      "scheduledDelayMs",
      "OTEL_BLRP_SCHEDULE_DELAY",
      DEFAULTS.batchScheduledDelayMs
    ),
    exportTimeoutMs: ms(
      b.exportTimeoutMs,
      "exportTimeoutMs",
      "OTEL_BLRP_EXPORT_TIMEOUT",
      DEFAULTS.batchExportTimeoutMs
    )
  };
  if (batch.maxExportBatchSize > batch.maxQueueSize) {
    const source = b.maxExportBatchSize !== void 0 ? "options.batch.maxExportBatchSize" : "OTEL_BLRP_MAX_EXPORT_BATCH_SIZE";
    const limit = b.maxQueueSize !== void 0 ? "options.batch.maxQueueSize" : "OTEL_BLRP_MAX_QUEUE_SIZE";
    r.invalid(
      source,
      `must not exceed ${limit} (${batch.maxQueueSize})`,
      String(batch.maxExportBatchSize),
      `using ${batch.maxQueueSize}`
    );
    batch.maxExportBatchSize = batch.maxQueueSize;
  }
  return batch;
}
function readLifecycle(r, o) {
  return {
    worker: readBool(r, o.worker, "worker", true),
    exitHooks: readBool(r, o.exitHooks, "exitHooks", true),
    shutdownTimeoutMs: readInt(r, {
      option: o.shutdownTimeoutMs,
      optionName: "shutdownTimeoutMs",
      min: 1,
      max: MAX_DURATION_MS,
      unit: "milliseconds",
      fallback: DEFAULTS.shutdownTimeoutMs
    })
  };
}
function resolveConfig(options, env) {
  const r = new ConfigReader(env);
  const limits = readLevelsAndLimits(r, options);
  const redaction = readRedaction(r, options);
  const lifecycle = readLifecycle(r, options);
  const resource = readResource(r, options);
  const exporter = readExporter(r, options);
  const endpoint = readEndpointAndAuth(r, options);
  const batch = readBatch(r, options);
  const loki = readLoki(r);
  let otlp = null;
  let otlpNotice = "";
  if (exporter.enabled) {
    if (endpoint.url !== void 0) {
      otlp = {
        url: endpoint.url,
        protocol: exporter.protocol,
        headers: endpoint.headers,
        timeoutMs: exporter.timeoutMs,
        compression: exporter.compression,
        batch
      };
    } else if (!endpoint.urlGiven) {
      otlpNotice = "no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only";
    }
  }
  const config = {
    ...limits,
    ...redaction,
    secrets: secretList(endpoint.secrets),
    ...resource,
    otlp,
    otlpNotice,
    ...lifecycle,
    loki
  };
  if (r.denied.length > 0) {
    const names = r.denied.join(",");
    r.warnings.push(
      `Cannot read ${r.denied.join(", ")} as Deno needs --allow-env=${names}: got a permission error; using defaults and options for ${r.denied.length === 1 ? "it" : "them"}`
    );
  }
  const scrub = secretScrubber(config);
  return { config, problems: r.problems.map(scrub), warnings: r.warnings.map(scrub) };
}
function configForStart(options, strict, env) {
  const { config, problems, warnings } = resolveConfig(options, env);
  if (problems.length > 0) {
    const error = new ObservabilityConfigError(problems);
    if (strict) throw error;
    notice(`${error.message}
lockbox: started with defaults for those settings`);
  }
  for (const warning of warnings) notice(warning);
  return config;
}
var C_STDOUT_WRITTEN = 0;
var C_STDOUT_FAILED = 1;
var C_STDOUT_DROPPED = 2;
var C_OTLP_EXPORTED = 3;
var C_OTLP_FAILED = 4;
var C_OTLP_DROPPED = 5;
var C_CONSUMED = 6;
var C_TRUNCATED = 7;
var COUNTER_SLOTS = 8;
var session = null;
var LoggerCore = class {
  constructor(name, contextCount, contextBytes, contextTruncated) {
    this.name = name;
    this.nameBytes = encodeKey(name);
    this.contextCount = contextCount;
    this.contextBytes = contextBytes;
    this.contextTruncated = contextTruncated;
    this.buckets = bucketsFor(name);
  }
  name;
  /** The logger name as UTF-8 bytes, encoded once. */
  nameBytes;
  /** Bound context, encoded once at `child()`: pair count and the encoded pairs. */
  contextCount;
  contextBytes;
  /** Whether a cap changed the bound context when it was encoded. */
  contextTruncated;
  /** Rate-limit buckets per event, shared by every logger with this name. */
  buckets;
};
var EMPTY_BYTES = new Uint8Array(0);
var TEXT_ENCODER = new TextEncoder();
function encodeKey(s) {
  const bytes = TEXT_ENCODER.encode(s.length > MAX_KEY_BYTES ? s.slice(0, MAX_KEY_BYTES) : s);
  return bytes.length > MAX_KEY_BYTES ? bytes.slice(0, MAX_KEY_BYTES) : bytes;
}
var RateBucket = class {
  constructor(tokens, last, core, event, owner) {
    this.tokens = tokens;
    this.last = last;
    this.core = core;
    this.event = event;
    this.owner = owner;
  }
  tokens;
  last;
  core;
  event;
  owner;
  /** Records suppressed since the last `log_suppressed` report. */
  suppressed = 0;
};
var bucketsByName = /* @__PURE__ */ new Map();
var namesSincePrune = 0;
var bucketOrder = /* @__PURE__ */ new Set();
var overflowBucket = null;
function bucketsFor(name) {
  let buckets = bucketsByName.get(name);
  if (buckets === void 0) {
    if (bucketsByName.size >= MAX_RATE_KEYS && ++namesSincePrune >= MAX_RATE_KEYS / 4) {
      namesSincePrune = 0;
      for (const [n, m] of bucketsByName) if (m.size === 0) bucketsByName.delete(n);
    }
    buckets = /* @__PURE__ */ new Map();
    if (bucketsByName.size < MAX_RATE_KEYS) bucketsByName.set(name, buckets);
  }
  return buckets;
}
function admitRate(s, core, event, now) {
  const rate = s.rateLimit;
  const burst = rate * 2;
  let bucket = core.buckets.get(event);
  if (bucket === void 0) {
    if (bucketOrder.size < MAX_RATE_KEYS || evictIdleBucket(now)) {
      bucket = new RateBucket(burst, now, core, event, core.buckets);
      core.buckets.set(event, bucket);
      bucketOrder.add(bucket);
    } else {
      bucket = overflowBucket ??= new RateBucket(burst, now, core, event, /* @__PURE__ */ new Map());
    }
  }
  const tokens = Math.min(burst, bucket.tokens + (now - bucket.last) * rate / 1e3);
  bucket.last = now;
  if (tokens >= 1) {
    bucket.tokens = tokens - 1;
    return true;
  }
  bucket.tokens = tokens;
  if (bucket.suppressed++ === 0) s.suppressed.push(bucket);
  return false;
}
function evictIdleBucket(now) {
  let looked = 0;
  for (const b of bucketOrder) {
    if (looked++ >= 4) return false;
    bucketOrder.delete(b);
    if (now - b.last >= 2e3 && b.suppressed === 0) {
      b.owner.delete(b.event);
      return true;
    }
    bucketOrder.add(b);
  }
  return false;
}
function resetRateGuard() {
  for (const m of bucketsByName.values()) m.clear();
  bucketOrder.clear();
  overflowBucket = null;
}
var OTEL_API_GLOBAL = /* @__PURE__ */ Symbol.for("opentelemetry.js.api.1");
var OTEL_SPAN_KEY = /* @__PURE__ */ Symbol.for("OpenTelemetry Context Key SPAN");
var GLOBAL = globalThis;
function activeSpanContext() {
  const manager = GLOBAL[OTEL_API_GLOBAL]?.context;
  if (manager === void 0) return void 0;
  try {
    const span = manager.active()?.getValue(OTEL_SPAN_KEY);
    const sc = span?.spanContext?.();
    if (sc !== void 0 && typeof sc.traceId === "string" && sc.traceId.length === 32 && typeof sc.spanId === "string" && sc.spanId.length === 16) return sc;
  } catch {
  }
  return void 0;
}
var clockOffsetMs = Date.now() - performance.now();
function wallClockMs() {
  return clockOffsetMs + performance.now();
}
function reanchorClock() {
  const offset = Date.now() - performance.now();
  if (Math.abs(offset - clockOffsetMs) > 2) clockOffsetMs = offset;
}
var F_INTERNAL = 1;
var F_TRUNCATED = 2;
var F_SPAN = 4;
var T_OMIT = 0;
var T_NULL = 1;
var T_TRUE = 2;
var T_FALSE = 3;
var T_NUM = 4;
var T_STR = 5;
var T_ARR = 6;
var T_OBJ = 7;
var T_ERR = 8;
var ENCODER_SLACK = 8192;
var Encoder = class {
  /** The private buffer: bound context, and records that cannot be encoded in the ring. */
  own = new Uint8Array(MAX_RECORD_BYTES + ENCODER_SLACK);
  ownView = new DataView(this.own.buffer);
  /** Where the record goes: `own`, or the ring's bytes when encoding in place. */
  buf = this.own;
  view = this.ownView;
  /** Offset of the record's first byte in `buf`. */
  base = 0;
  pos = 0;
  /** Where the walk stops adding values (base + MAX_RECORD_BYTES). */
  limit = MAX_RECORD_BYTES;
  /** Where markers stop: they may use the slack past `limit`, so a cap can always say so. */
  markerLimit = MAX_RECORD_BYTES + ENCODER_SLACK - 512;
  nodes = 0;
  truncated = false;
  maxValueBytes = DEFAULTS.maxValueBytes;
  seen = [];
  /** Starts a record in the private buffer. */
  reset() {
    this.target(this.own, this.ownView, 0);
  }
  /**
   * Starts a record at `base` of `buf` (the ring's bytes, with MAX_RECORD_BYTES + ENCODER_SLACK
   * bytes of room claimed there): encoding in place saves the copy out of a private buffer, which
   * cost 35–60 ns of a ~100-byte record (Node 20, bench machine).
   */
  target(buf, view, base) {
    this.buf = buf;
    this.view = view;
    this.base = this.pos = base;
    this.limit = base + MAX_RECORD_BYTES;
    this.markerLimit = base + MAX_RECORD_BYTES + ENCODER_SLACK - 512;
    this.nodes = 0;
    this.truncated = false;
    if (this.seen.length !== 0) this.seen.length = 0;
  }
  /**
   * The first `len` bytes of the private buffer as a view, cached per length below 4096: records
   * of one shape have one length, and making a view costs ~100 ns per call.
   */
  head(len) {
    if (len >= 4096) return this.own.subarray(0, len);
    return this.#heads[len] ??= this.own.subarray(0, len);
  }
  #heads = [];
  u8(x) {
    this.buf[this.pos++] = x;
  }
  u32(x) {
    this.view.setUint32(this.pos, x, true);
    this.pos += 4;
  }
  f64(x) {
    this.view.setFloat64(this.pos, x, true);
    this.pos += 8;
  }
  bytes(b) {
    const n = b.length;
    this.u32(n);
    if (n <= 32) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = b[i];
    } else this.buf.set(b, this.pos);
    this.pos += n;
  }
  /** A str of at most `max` bytes (and what the record bound leaves), marked when cut. */
  str(s, max) {
    const start2 = this.pos;
    const p = start2 + 4;
    const n = s.length;
    const buf = this.buf;
    if (n <= 64 && n <= max && p + n <= this.limit) {
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128) break;
        buf[p + i] = c;
      }
      if (i === n) {
        this.view.setUint32(start2, n, true);
        this.pos = p + n;
        return;
      }
    }
    const room = Math.max(0, Math.min(max, this.limit - p));
    let written;
    if (n * 3 <= room) {
      written = TEXT_ENCODER.encodeInto(s, buf.subarray(p, p + n * 3)).written;
    } else {
      const r = TEXT_ENCODER.encodeInto(s, buf.subarray(p, p + room));
      written = r.written;
      if (r.read < n) {
        const rest = n - r.read;
        const cut = rest <= 65536 ? `${Buffer2.byteLength(s.slice(r.read), "utf8")} bytes` : `at least ${rest} bytes`;
        written += TEXT_ENCODER.encodeInto(
          `\u2026[truncated ${cut}]`,
          buf.subarray(p + written, p + written + 64)
        ).written;
        this.truncated = true;
      }
    }
    this.view.setUint32(start2, written, true);
    this.pos = p + written;
  }
  /** A marker string value (tagged), e.g. "[Circular]". */
  marker(text) {
    const limit = this.limit;
    this.limit = this.markerLimit;
    this.u8(T_STR);
    this.str(text, 256);
    this.limit = limit;
  }
  /** Whether the record bound or node budget is used up: the walk stops adding values. */
  full() {
    if (this.pos >= this.limit || this.nodes >= MAX_NODES) {
      this.truncated = true;
      return true;
    }
    return false;
  }
  /** Writes a tagged value; returns false (and writes nothing) when the value is omitted. */
  value(v, depth) {
    switch (typeof v) {
      case "string":
        this.u8(T_STR);
        this.str(v, this.maxValueBytes);
        return true;
      case "number":
        this.u8(T_NUM);
        this.f64(v);
        return true;
      case "boolean":
        this.u8(v ? T_TRUE : T_FALSE);
        return true;
      case "bigint":
        this.u8(T_STR);
        this.str(v.toString(), this.maxValueBytes);
        return true;
      case "undefined":
      case "function":
      case "symbol":
        return false;
    }
    if (v === null) {
      this.u8(T_NULL);
      return true;
    }
    const start2 = this.pos;
    const seenDepth = this.seen.length;
    try {
      this.object(v, depth);
    } catch (e) {
      this.pos = start2;
      this.seen.length = seenDepth;
      this.marker(`[Unreadable: ${errorText(e)}]`);
      this.truncated = true;
    }
    return true;
  }
  object(v, depth) {
    this.nodes++;
    if (this.full()) return this.marker("[Size limit]");
    if (this.seen.includes(v)) return this.marker("[Circular]");
    if (Object.getPrototypeOf(v) === Object.prototype && depth < MAX_DEPTH && typeof v.toJSON !== "function") {
      this.seen.push(v);
      this.u8(T_OBJ);
      this.pairs(v, depth);
      this.seen.pop();
      return;
    }
    if (v instanceof Date) {
      const t = v.getTime();
      return this.marker(Number.isNaN(t) ? "Invalid Date" : new Date(t).toISOString());
    }
    if (depth >= MAX_DEPTH) {
      this.truncated = true;
      return this.marker("[Depth limit]");
    }
    this.seen.push(v);
    if (v instanceof Error) {
      this.u8(T_ERR);
      this.str(stringProperty(v, "name", "Error"), this.maxValueBytes);
      this.str(stringProperty(v, "message", ""), this.maxValueBytes);
      if (!this.value(readProperty(v, "stack"), depth + 1)) this.u8(T_OMIT);
      if (!("cause" in v) || !this.value(readProperty(v, "cause"), depth + 1)) this.u8(T_OMIT);
    } else if (Array.isArray(v) || v instanceof Set) {
      this.u8(T_ARR);
      const countAt = this.pos;
      this.u32(0);
      let count = 0;
      let total = 0;
      if (Array.isArray(v)) {
        total = v.length;
        const n = Math.min(total, MAX_ITEMS);
        for (let i = 0; i < n && !this.full(); i++, count++) {
          this.nodes++;
          if (!this.value(v[i], depth + 1)) this.u8(T_NULL);
        }
      } else {
        total = v.size;
        for (const item of v) {
          if (count >= MAX_ITEMS || this.full()) break;
          this.nodes++;
          if (!this.value(item, depth + 1)) this.u8(T_NULL);
          count++;
        }
      }
      if (total > count) {
        this.marker(`[${total - count} more items]`);
        count++;
        this.truncated = true;
      }
      this.view.setUint32(countAt, count, true);
    } else if (ArrayBuffer.isView(v)) {
      this.marker(`[${v.constructor?.name ?? "TypedArray"} ${v.byteLength} bytes]`);
    } else if (typeof v.toJSON === "function") {
      const json = v.toJSON();
      if (!this.value(json, depth + 1)) this.u8(T_NULL);
    } else if (v instanceof Map) {
      this.u8(T_OBJ);
      const countAt = this.pos;
      this.u32(0);
      let count = 0;
      for (const [k, value] of v) {
        if (count >= MAX_ITEMS || this.full()) {
          this.moreKeys();
          count++;
          break;
        }
        if (this.pair(String(k), value, depth)) count++;
      }
      this.view.setUint32(countAt, count, true);
    } else {
      this.u8(T_OBJ);
      this.pairs(v, depth);
    }
    this.seen.pop();
  }
  /** u32 count + pairs of an object's own enumerable string keys, at most MAX_ITEMS. */
  pairs(v, depth) {
    const countAt = this.pos;
    this.u32(0);
    let count = 0;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (count >= MAX_ITEMS || this.full()) {
        this.moreKeys();
        count++;
        break;
      }
      if (this.pair(k, readProperty(v, k), depth)) count++;
    }
    this.view.setUint32(countAt, count, true);
    return count;
  }
  /** `"[more]": "more keys omitted"`: the marker pair of a capped object. */
  moreKeys() {
    this.truncated = true;
    const limit = this.limit;
    this.limit = this.markerLimit;
    this.str("[more]", 16);
    this.limit = limit;
    this.marker("more keys omitted");
  }
  /** Writes key + value; writes nothing and returns false when the value is omitted. */
  pair(k, value, depth) {
    const start2 = this.pos;
    this.nodes++;
    this.str(k, MAX_KEY_BYTES);
    if (this.value(value, depth + 1)) return true;
    this.pos = start2;
    return false;
  }
};
function readProperty(o, k) {
  try {
    return o[k];
  } catch (e) {
    return `[Unreadable: ${errorText(e)}]`;
  }
}
function stringProperty(o, k, fallback) {
  const v = readProperty(o, k);
  if (v === void 0 || v === null) return fallback;
  try {
    return String(v);
  } catch {
    return fallback;
  }
}
var encoder = null;
function encodeContext(context) {
  const e = encoder ??= new Encoder();
  e.maxValueBytes = session?.config.maxValueBytes ?? DEFAULTS.maxValueBytes;
  e.reset();
  let count = 0;
  try {
    if (typeof context === "object" && context !== null) count = e.pairs(context, -1);
  } catch (err) {
    e.reset();
    e.u32(1);
    e.str("lockbox.attributes_error", 64);
    e.marker(errorText(err));
    count = 1;
  }
  return { count, bytes: e.buf.slice(4, e.pos), truncated: e.truncated };
}
function emit(level, core, event, attributes) {
  let s = session;
  if (s === null || s.phase !== 0 /* Running */) {
    s = admitSlow();
    if (s === null) return;
  }
  if (level < s.minLevel) return;
  const time = s.clock();
  if (s.rateLimit > 0 && !admitRate(s, core, event, time)) {
    s.rateLimited++;
    return;
  }
  if (encodeRecord(s, time, level, core, event, attributes, 0)) s.accepted++;
  else s.queueFull++;
}
function encodeRecord(s, time, level, core, event, attributes, flags) {
  const e = encoder;
  const ring = s.ring;
  const reserve = flags & F_INTERNAL ? INTERNAL_RESERVE : 0;
  const at = ring.claim(MAX_RECORD_BYTES + ENCODER_SLACK, reserve);
  if (at === RING_FULL) return false;
  if (at >= 0) e.target(ring.bytes, ring.view, at);
  else e.reset();
  const base = e.base;
  try {
    const span = activeSpanContext();
    e.u8(0);
    e.u8(level);
    e.f64(time);
    if (span !== void 0) {
      flags |= F_SPAN;
      e.u8(Number(span.traceFlags) & 255);
      const buf = e.buf;
      let p = e.pos;
      for (let i = 0; i < 32; i++) buf[p++] = span.traceId.charCodeAt(i) & 127;
      for (let i = 0; i < 16; i++) buf[p++] = span.spanId.charCodeAt(i) & 127;
      e.pos = p;
    }
    e.bytes(core.nameBytes);
    if (!e.value(event, 0)) e.marker(String(event));
    e.u32(core.contextCount);
    e.bytes(core.contextBytes);
    if (attributes === void 0 || attributes === null) e.u8(T_OMIT);
    else if (typeof attributes !== "object" || attributes instanceof Error) {
      e.u8(T_OBJ);
      const countAt = e.pos;
      e.u32(0);
      if (e.pair(attributes instanceof Error ? "error" : "value", attributes, -1)) {
        e.view.setUint32(countAt, 1, true);
      }
    } else {
      const start2 = e.pos;
      e.u8(T_OBJ);
      try {
        e.pairs(attributes, -1);
      } catch (err) {
        e.pos = start2;
        e.u8(T_OBJ);
        e.u32(1);
        e.str("lockbox.attributes_error", 64);
        e.marker(errorText(err));
        e.truncated = true;
      }
    }
    if (core.contextTruncated || e.truncated) flags |= F_TRUNCATED;
    e.buf[base] = flags;
  } catch (err) {
    if (at >= 0) e.target(ring.bytes, ring.view, at);
    else e.reset();
    flags |= F_TRUNCATED;
    e.u8(flags);
    e.u8(level);
    e.f64(time);
    e.bytes(core.nameBytes);
    e.marker("[unencodable record]");
    e.u32(0);
    e.u32(0);
    e.u8(T_OBJ);
    e.u32(1);
    e.str("lockbox.attributes_error", 64);
    e.marker(errorText(err));
  }
  const len = e.pos - base;
  if (at >= 0) ring.commit(at, len);
  else if (!ring.push(e.head(len), len, reserve)) return false;
  if (flags & F_TRUNCATED) s.truncated++;
  return true;
}
function admitSlow() {
  const s = session;
  if (s === null) {
    start({}, false);
    return session;
  }
  if (s.phase === 2 /* Stopped */ || s.phase === 1 /* Stopping */) s.afterShutdown++;
  return null;
}
var LoggerImpl = class _LoggerImpl {
  #core;
  constructor(core) {
    this.#core = core;
  }
  debug(event, attributes) {
    emit(0, this.#core, event, attributes);
  }
  info(event, attributes) {
    emit(1, this.#core, event, attributes);
  }
  warn(event, attributes) {
    emit(2, this.#core, event, attributes);
  }
  error(event, attributes) {
    emit(3, this.#core, event, attributes);
  }
  fatal(event, attributes) {
    emit(4, this.#core, event, attributes);
  }
  child(context) {
    const parent = this.#core;
    const own = encodeContext(context);
    const bytes = new Uint8Array(parent.contextBytes.length + own.bytes.length);
    bytes.set(parent.contextBytes, 0);
    bytes.set(own.bytes, parent.contextBytes.length);
    return new _LoggerImpl(
      new LoggerCore(
        parent.name,
        parent.contextCount + own.count,
        bytes,
        parent.contextTruncated || own.truncated
      )
    );
  }
  isEnabled(level) {
    if (session === null) start({}, false);
    const index = LEVELS.indexOf(level);
    return index >= 0 && index >= (session?.minLevel ?? 0);
  }
};
function getLogger(name, context) {
  let text;
  try {
    text = typeof name === "string" ? name : String(name);
  } catch {
    text = "[unprintable logger name]";
  }
  const logger = new LoggerImpl(new LoggerCore(text, 0, EMPTY_BYTES, false));
  return context === void 0 ? logger : logger.child(context);
}
var CTL_HEAD = 0;
var CTL_PUSHED = 1;
var CTL_TAIL = 16;
var CTL_RELEASED = 17;
var CTL_SEQ = 32;
var CTL_WAITING = 33;
var CTL_STOP = 34;
var CTL_STATE = 35;
var CTL_DONE = 36;
var CTL_BYTES = 192;
var WRAP = 4294967295;
var RING_FULL = -2;
var Ring = class {
  /** @param maxRecords Records held at most (LOG_QUEUE_MAXSIZE for the record ring). */
  constructor(buffer, maxRecords) {
    this.buffer = buffer;
    this.maxRecords = maxRecords;
    this.ctl = new Int32Array(buffer, 0, CTL_BYTES / 4);
    this.bytes = new Uint8Array(buffer, CTL_BYTES);
    this.view = new DataView(buffer, CTL_BYTES);
    this.capacity = this.bytes.length;
    const ctl = this.ctl;
    this.#head = Atomics.load(ctl, CTL_HEAD);
    this.#pushed = Atomics.load(ctl, CTL_PUSHED);
    this.#tail = this.#tailSeen = Atomics.load(ctl, CTL_TAIL);
    this.#released = this.#releasedSeen = Atomics.load(ctl, CTL_RELEASED);
    this.#headSeen = this.#head;
  }
  buffer;
  maxRecords;
  ctl;
  bytes;
  view;
  capacity;
  // Producer side: its own offset and count, and its last reading of the consumer's cells.
  #head;
  #pushed;
  #tailSeen;
  #releasedSeen;
  // Consumer side: its own offset and count, and its last reading of HEAD.
  #tail;
  #released;
  #headSeen;
  /** A new ring buffer with `dataBytes` of record space. */
  static create(dataBytes) {
    return new SharedArrayBuffer(CTL_BYTES + dataBytes);
  }
  /**
   * Producer: where a record of `need` bytes (length prefix included) goes, as seen from the
   * last reading of TAIL, or -1 when it does not fit. `wrap` allows starting again at 0.
   */
  #place(need, wrap) {
    const head = this.#head;
    const tail = this.#tailSeen;
    const cap = this.capacity;
    if (head >= tail) {
      if (need <= cap - head - (tail === 0 ? 1 : 0)) return head;
      return wrap && need <= tail - 1 ? 0 : -1;
    }
    return need <= tail - head - 1 ? head : -1;
  }
  /** Producer: whether another record is allowed by the record bound (+ `reserve`). */
  #roomForRecord(reserve) {
    const limit = this.maxRecords + reserve;
    if ((this.#pushed - this.#releasedSeen | 0) < limit) return true;
    this.#releasedSeen = Atomics.load(this.ctl, CTL_RELEASED);
    return (this.#pushed - this.#releasedSeen | 0) < limit;
  }
  /**
   * Producer: the offset at which up to `maxLen` payload bytes can be written in place, without
   * wrapping; RING_FULL when the record bound is reached; -1 when there is not that much room
   * before the end (a `push()` of the exact size may still fit). Write
   * the payload there, then `commit()`; nothing is visible to the consumer before that.
   */
  claim(maxLen, reserve = 0) {
    if (!this.#roomForRecord(reserve)) return RING_FULL;
    let at = this.#place(4 + maxLen, false);
    if (at < 0) {
      this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
      at = this.#place(4 + maxLen, false);
    }
    return at < 0 ? -1 : at + 4;
  }
  /** Producer: publishes the `len` payload bytes written at `offset` (from `claim()`). */
  commit(offset, len) {
    this.view.setUint32(offset - 4, len, true);
    this.#publish(offset + len);
  }
  /** Producer: copies `len` bytes of `src` in as one record; false when full. Wakes a sleeping consumer. */
  push(src, len, reserve = 0) {
    if (!this.#roomForRecord(reserve)) return false;
    const need = 4 + len;
    let at = this.#place(need, true);
    if (at < 0) {
      this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
      at = this.#place(need, true);
      if (at < 0) return false;
    }
    const head = this.#head;
    if (at === 0 && head !== 0 && this.capacity - head >= 4) this.view.setUint32(head, WRAP, true);
    this.view.setUint32(at, len, true);
    this.bytes.set(src.length === len ? src : src.subarray(0, len), at + 4);
    this.#publish(at + need);
    return true;
  }
  #publish(end) {
    const ctl = this.ctl;
    this.#head = end === this.capacity ? 0 : end;
    this.#pushed = this.#pushed + 1 | 0;
    ctl[CTL_PUSHED] = this.#pushed;
    Atomics.store(ctl, CTL_HEAD, this.#head);
    if (Atomics.load(ctl, CTL_WAITING) === 1) this.wake();
  }
  /** Wakes the consumer if it sleeps. */
  wake() {
    const ctl = this.ctl;
    Atomics.store(ctl, CTL_WAITING, 0);
    Atomics.add(ctl, CTL_SEQ, 1);
    Atomics.notify(ctl, CTL_SEQ);
  }
  /** Records waiting (pushed and not yet released), from either side. */
  size() {
    return Atomics.load(this.ctl, CTL_PUSHED) - Atomics.load(this.ctl, CTL_RELEASED) | 0;
  }
  /** Consumer: whether no record waits. */
  empty() {
    return this.#tail === (this.#headSeen = Atomics.load(this.ctl, CTL_HEAD));
  }
  /**
   * Consumer: the next record's offset and length in `bytes` (valid until `release()`), or -1
   * when empty. Skips a wrapped end.
   */
  peek() {
    let tail = this.#tail;
    if (tail === this.#headSeen) {
      this.#headSeen = Atomics.load(this.ctl, CTL_HEAD);
      if (tail === this.#headSeen) return -1;
    }
    if (this.capacity - tail < 4 || this.view.getUint32(tail, true) === WRAP) this.#tail = tail = 0;
    return tail;
  }
  /** Consumer: the length of the record at `offset` (from `peek()`). */
  lengthAt(offset) {
    return this.view.getUint32(offset, true);
  }
  /** Consumer: frees the record at `offset` of `len` bytes. */
  release(offset, len) {
    const ctl = this.ctl;
    const next = offset + 4 + len;
    this.#tail = next === this.capacity ? 0 : next;
    this.#released = this.#released + 1 | 0;
    Atomics.store(ctl, CTL_TAIL, this.#tail);
    Atomics.store(ctl, CTL_RELEASED, this.#released);
  }
  /**
   * Consumer: resolves when a record arrives, the producer side sets CTL_STOP, or `timeoutMs`
   * passes. Sleeps in Atomics.waitAsync where the runtime has it, else on a short timer.
   */
  sleep(timeoutMs) {
    const ctl = this.ctl;
    const seq = Atomics.load(ctl, CTL_SEQ);
    Atomics.store(ctl, CTL_WAITING, 1);
    if (Atomics.load(ctl, CTL_HEAD) !== this.#tail || Atomics.load(ctl, CTL_STOP) === 1) {
      Atomics.store(ctl, CTL_WAITING, 0);
      return Promise.resolve();
    }
    const waitAsync = Atomics.waitAsync;
    if (typeof waitAsync === "function") {
      const r = waitAsync(ctl, CTL_SEQ, seq, timeoutMs);
      return r.async ? r.value : Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.min(timeoutMs, IDLE_POLL_MS));
      timer.unref?.();
    });
  }
  /** Producer side: asks the consumer to finish. */
  stop() {
    Atomics.store(this.ctl, CTL_STOP, 1);
    this.wake();
  }
  stopping() {
    return Atomics.load(this.ctl, CTL_STOP) === 1;
  }
};
function sleepOn(cells, index, value, ms) {
  const waitAsync = Atomics.waitAsync;
  if (typeof waitAsync === "function") {
    const r = waitAsync(cells, index, value, ms);
    return r.async ? r.value : Promise.resolve();
  }
  return new Promise((resolve) => setTimeout(resolve, Math.min(ms, IDLE_POLL_MS)));
}
function ringBytesFor(queueMaxSize) {
  return Math.min(RING_MAX_BYTES, Math.max(RING_MIN_BYTES, queueMaxSize * RING_BYTES_PER_RECORD));
}
var ErrorValue = class {
  type;
  message;
  stack;
  cause;
  constructor(type, message) {
    this.type = type;
    this.message = message;
  }
};
var Redactor = class {
  #keys;
  #patterns;
  #secrets;
  #keyValue;
  /** Key → redacted? Keys repeat; the fragment scan need not (bounded by MAX_CACHE_KEYS). */
  #decisions = /* @__PURE__ */ new Map();
  constructor(config) {
    this.#keys = config.redactKeys;
    this.#patterns = config.redactPatterns;
    this.#secrets = config.secrets;
    const alternatives = config.redactKeys.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    this.#keyValue = new RegExp(
      `([\\w.-]*(?:${alternatives})[\\w.-]*)(\\s*[=:]\\s*)("[^"]*"|'[^']*'|[^\\s,;&"']+)`,
      "gi"
    );
  }
  /** Whether a key's value is redacted. */
  isSecretKey(k) {
    let decision = this.#decisions.get(k);
    if (decision === void 0) {
      const lower = k.toLowerCase();
      decision = this.#keys.some((fragment) => lower.includes(fragment));
      if (this.#decisions.size >= MAX_CACHE_KEYS) this.#decisions.clear();
      this.#decisions.set(k, decision);
    }
    return decision;
  }
  /** Replaces configured credentials and every pattern match with "[REDACTED]". */
  string(s) {
    for (const secret of this.#secrets) if (s.includes(secret)) s = s.split(secret).join(REDACTED);
    if (s.includes("@")) s = s.replace(USERINFO_IN_TEXT, `$1${REDACTED}@`);
    const defaults = DEFAULT_PATTERN_TRIGGER.test(s);
    if (defaults) {
      const kv = this.#keyValue;
      kv.lastIndex = 0;
      if (kv.test(s)) {
        kv.lastIndex = 0;
        s = s.replace(kv, `$1$2${REDACTED}`);
      }
    }
    const patterns = this.#patterns;
    for (let i = defaults ? 0 : DEFAULT_REDACT_PATTERNS.length; i < patterns.length; i++) {
      const re = patterns[i];
      re.lastIndex = 0;
      if (re.test(s)) {
        re.lastIndex = 0;
        s = s.replace(re, REDACTED);
      }
    }
    return s;
  }
};
var DEFAULT_PATTERN_TRIGGER = /Bearer|Basic|eyJ|[=:]/;
var HEX32 = /^[0-9a-f]{32}$/;
var SHORT_ASCII = 8;
var HEX16 = /^[0-9a-f]{16}$/;
var Decoder = class {
  #buf = Buffer2.alloc(0);
  #view = new DataView(new ArrayBuffer(0));
  #pos = 0;
  #redact;
  constructor(redact) {
    this.#redact = redact;
  }
  #u8() {
    return this.#buf[this.#pos++];
  }
  #u32() {
    const v = this.#view.getUint32(this.#pos, true);
    this.#pos += 4;
    return v;
  }
  #f64() {
    const v = this.#view.getFloat64(this.#pos, true);
    this.#pos += 8;
    return v;
  }
  #str() {
    const n = this.#u32();
    const start2 = this.#pos;
    this.#pos += n;
    const buf = this.#buf;
    if (n <= SHORT_ASCII) {
      let out = "";
      let i = start2;
      const end = start2 + n;
      for (; i < end; i++) {
        const c = buf[i];
        if (c >= 128) break;
        out += String.fromCharCode(c);
      }
      if (i === end) return out;
    }
    return buf.toString("utf8", start2, start2 + n);
  }
  #ascii(n) {
    const start2 = this.#pos;
    this.#pos += n;
    return this.#buf.toString("latin1", start2, start2 + n);
  }
  /** A tagged value, redacted; `undefined` for T_OMIT. */
  #value() {
    const tag = this.#u8();
    switch (tag) {
      case T_NULL:
        return null;
      case T_TRUE:
        return true;
      case T_FALSE:
        return false;
      case T_NUM: {
        const n = this.#f64();
        return Number.isFinite(n) ? n : String(n);
      }
      case T_STR:
        return this.#redact.string(this.#str());
      case T_ARR: {
        const n = this.#u32();
        const out = new Array(n);
        for (let i = 0; i < n; i++) out[i] = this.#value() ?? null;
        return out;
      }
      case T_OBJ: {
        const n = this.#u32();
        const out = {};
        for (let i = 0; i < n; i++) {
          const k = this.#str();
          const v = this.#value();
          setOwn(out, k, v !== void 0 && this.#redact.isSecretKey(k) ? REDACTED : v);
        }
        return out;
      }
      case T_ERR: {
        const e = new ErrorValue(
          this.#redact.string(this.#str()),
          this.#redact.string(this.#str())
        );
        const stack = this.#value();
        if (stack !== void 0) e.stack = stack;
        const cause = this.#value();
        if (cause !== void 0) e.cause = cause;
        return e;
      }
      default:
        return void 0;
    }
  }
  /** Pairs into `keys`/`values`: later keys replace earlier values at the earlier position. */
  #pairs(n, keys, values, index) {
    for (let i = 0; i < n; i++) {
      const k = this.#str();
      let v = this.#value();
      if (v === void 0) continue;
      if (this.#redact.isSecretKey(k)) v = REDACTED;
      const at = index === null ? void 0 : index.get(k);
      if (at !== void 0) values[at] = v;
      else {
        index?.set(k, keys.length);
        keys.push(k);
        values.push(v);
      }
    }
  }
  /** Decodes one record from `bytes` (a private copy). Never throws on bytes the encoder wrote. */
  decode(bytes) {
    const buf = Buffer2.isBuffer(bytes) ? bytes : Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.decodeAt(buf, new DataView(buf.buffer, buf.byteOffset, buf.byteLength), 0);
  }
  /**
   * Decodes the record at `offset` of `buf` (a private copy; `view` is a DataView of the same
   * bytes). The consumer keeps one buffer and one view: making a Buffer and a DataView per record
   * took ~1.5 % of the worker's CPU (subarray, FastBuffer; Node 20 profile, bench machine).
   */
  decodeAt(buf, view, offset) {
    this.#buf = buf;
    this.#view = view;
    this.#pos = offset;
    const flags = this.#u8();
    const level = this.#u8();
    const time = this.#f64();
    let traceFlags = 0;
    let traceId = "";
    let spanId = "";
    if (flags & F_SPAN) {
      traceFlags = this.#u8();
      traceId = this.#ascii(32);
      spanId = this.#ascii(16);
      if (!HEX32.test(traceId) || !HEX16.test(spanId) || /^0+$/.test(traceId) || /^0+$/.test(spanId)) traceId = spanId = "";
    }
    const logger = this.#str();
    const event = this.#value();
    const message = typeof event === "string" ? event : event === void 0 ? "" : this.#redact.string(JSON.stringify(event) ?? "");
    const ctxKeys = [];
    const ctxValues = [];
    const ctxCount = this.#u32();
    this.#u32();
    if (ctxCount > 0) this.#pairs(ctxCount, ctxKeys, ctxValues, /* @__PURE__ */ new Map());
    const attrKeys = [];
    const attrValues = [];
    if (this.#u8() === T_OBJ) this.#pairs(this.#u32(), attrKeys, attrValues, null);
    let collides = ctxKeys.length > 0;
    for (let i = 0; i < attrKeys.length && !collides; i++) {
      collides = RESERVED_KEYS.has(attrKeys[i]) || attrKeys[i].startsWith(COLLISION_PREFIX);
    }
    let keys = attrKeys;
    let values = attrValues;
    if (collides) {
      keys = [];
      values = [];
      const callKeys = new Set(attrKeys);
      for (let i = 0; i < ctxKeys.length; i++) {
        const k = ctxKeys[i];
        const out = outputKey(k);
        if (callKeys.has(k) || out !== k && callKeys.has(out)) continue;
        keys.push(out);
        values.push(ctxValues[i]);
      }
      for (let i = 0; i < attrKeys.length; i++) {
        const k = attrKeys[i];
        const out = outputKey(k);
        if (out !== k && callKeys.has(out)) continue;
        keys.push(out);
        values.push(attrValues[i]);
      }
    }
    return this.#record(
      flags,
      level,
      time,
      traceFlags,
      traceId,
      spanId,
      logger,
      message,
      keys,
      values
    );
  }
  #record(flags, level, time, traceFlags, traceId, spanId, logger, message, keys, values) {
    return {
      internal: (flags & F_INTERNAL) !== 0,
      truncated: (flags & F_TRUNCATED) !== 0,
      level: level < LEVELS.length ? level : 1,
      time,
      traceFlags,
      traceId,
      spanId,
      logger,
      message,
      keys,
      values
    };
  }
};
function setOwn(o, k, v) {
  if (k === "__proto__") {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  } else o[k] = v;
}
function outputKey(k) {
  return RESERVED_KEYS.has(k) ? COLLISION_PREFIX + k : k;
}
function isoMicros(timeMs) {
  if (!Number.isFinite(timeMs)) timeMs = 0;
  const us = Math.floor(timeMs * 1e3);
  const sec = Math.floor(us / 1e6);
  if (sec !== isoCache.sec) {
    isoCache.sec = sec;
    try {
      const iso = new Date(sec * 1e3).toISOString();
      isoCache.text = iso.slice(0, iso.length - 4);
    } catch {
      isoCache.text = "1970-01-01T00:00:00.";
    }
  }
  return isoCache.text + String(us - sec * 1e6 + 1e6).slice(1) + "Z";
}
var isoCache = { sec: NaN, text: "" };
var KEY_CACHE_MAX_ENTRIES = 1024;
var KEY_CACHE_MAX_CHARS = 128;
var keyCache = /* @__PURE__ */ new Map();
function quoteKey(k) {
  let q = keyCache.get(k);
  if (q === void 0) {
    q = JSON.stringify(k);
    if (keyCache.size < KEY_CACHE_MAX_ENTRIES && k.length <= KEY_CACHE_MAX_CHARS) {
      keyCache.set(k, q);
    }
  }
  return q;
}
var LokiCaps = class {
  #maxEntries;
  #maxBytes;
  constructor(limits, resource) {
    let entries = LOKI_RECORD_FIELD_ENTRIES;
    let bytes = LOKI_RECORD_FIELD_BYTES;
    for (const k of SDK_RESOURCE_KEYS) {
      if (k in resource) continue;
      entries++;
      bytes += utf8Bytes(k) + 32;
    }
    for (const k of Object.keys(resource)) {
      if (LOKI_INDEX_LABELS.has(k)) continue;
      entries++;
      bytes += utf8Bytes(k) + utf8Bytes(String(resource[k]));
    }
    this.#maxEntries = limits.maxEntries === 0 ? Infinity : limits.maxEntries - entries;
    this.#maxBytes = limits.maxMetadataBytes === 0 ? Infinity : limits.maxMetadataBytes - bytes;
  }
  /** Caps `r` in place (keys and values, plus the marker); true when something was cut. */
  apply(r) {
    if (this.#maxEntries === Infinity && this.#maxBytes === Infinity) return false;
    if (r.keys.length <= this.#maxEntries) {
      BOUND.entries = 0;
      BOUND.bytes = 0;
      for (let i = 0; i < r.values.length; i++) {
        metadataBound(r.keys[i], r.keys[i].length, r.values[i], false);
      }
      if (BOUND.entries <= this.#maxEntries && BOUND.bytes <= this.#maxBytes) return false;
    }
    const sizes = r.values.map((v, i) => metadataSize(r.keys[i], v));
    let entries = 0;
    let bytes = 0;
    for (const s of sizes) {
      entries += s.entries;
      bytes += s.bytes;
    }
    if (entries <= this.#maxEntries && bytes <= this.#maxBytes) return false;
    const maxEntries = this.#maxEntries - 1;
    const maxBytes = this.#maxBytes - MAX_MARKER_CHARS * 3 - 64;
    let usedEntries = 0;
    let usedBytes = 0;
    const cut = [];
    const keep = new Array(r.keys.length);
    const fits = (e, b) => {
      if (usedEntries + e > maxEntries || usedBytes + b > maxBytes) return false;
      usedEntries += e;
      usedBytes += b;
      return true;
    };
    const first = r.values.findIndex((v) => v instanceof ErrorValue);
    if (first >= 0) {
      if (fits(sizes[first].entries, sizes[first].bytes)) keep[first] = r.values[first];
      else cut.push(r.keys[first]);
    }
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      if (isPlainMap(v) || i === first) continue;
      if (fits(sizes[i].entries, sizes[i].bytes)) keep[i] = v;
      else cut.push(r.keys[i]);
    }
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      if (!isPlainMap(v)) continue;
      const pruned = pruneMap(v, r.keys[i], fits, cut);
      if (pruned !== void 0) keep[i] = pruned;
    }
    const keys = [];
    const values = [];
    let earlier = "";
    for (let i = 0; i < r.keys.length; i++) {
      if (keep[i] === void 0) continue;
      if (r.keys[i] === TRUNCATED_KEY) {
        const v = keep[i];
        earlier = (typeof v === "string" ? v : JSON.stringify(v) ?? "").slice(0, 100) + "; ";
        continue;
      }
      keys.push(r.keys[i]);
      values.push(keep[i]);
    }
    const limits = `${this.#maxEntries === Infinity ? "" : `${this.#maxEntries} entries, `}${this.#maxBytes === Infinity ? "no byte cap" : `${this.#maxBytes} bytes`}`;
    keys.push(TRUNCATED_KEY);
    values.push(markerText(
      `${earlier}structured metadata: kept ${usedEntries} of ${entries} entries, ${usedBytes} of ${bytes} bytes (room for attributes: ${limits}); cut`,
      cut
    ));
    r.keys = keys;
    r.values = values;
    return true;
  }
};
var SDK_RESOURCE_KEYS = ["telemetry.sdk.language", "telemetry.sdk.name", "telemetry.sdk.version"];
var TRUNCATED_KEY = "lockbox.truncated";
function markerText(head, cut) {
  let text = head;
  let n = 0;
  for (; n < cut.length; n++) {
    const next = `${n === 0 ? ": " : ", "}${cut[n]}`;
    if (text.length + next.length > MAX_MARKER_CHARS - 24) break;
    text += next;
  }
  if (n < cut.length) text += ` (+${cut.length - n} more)`;
  return text;
}
function isPlainMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof ErrorValue);
}
function utf8Bytes(s) {
  return Buffer2.byteLength(s, "utf8");
}
function metadataSize(key, v) {
  if (isPlainMap(v)) {
    let entries = 0;
    let bytes = 0;
    for (const k of Object.keys(v)) {
      const s = metadataSize(`${key}.${k}`, v[k]);
      entries += s.entries;
      bytes += s.bytes;
    }
    return entries === 0 ? { entries: 1, bytes: utf8Bytes(key) } : { entries, bytes };
  }
  if (v instanceof ErrorValue) {
    let entries = 3;
    for (let c = v.cause; c !== void 0; c = c instanceof ErrorValue ? c.cause : void 0) {
      entries += 3;
    }
    return {
      entries,
      bytes: 64 * entries + utf8Bytes(exceptionStacktrace(v)) + utf8Bytes(v.message)
    };
  }
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? "null";
  return { entries: 1, bytes: utf8Bytes(key) + utf8Bytes(text) };
}
var BOUND = { entries: 0, bytes: 0 };
function metadataBound(key, keyChars, v, inArray) {
  if (typeof v === "string") {
    BOUND.bytes += (inArray ? 6 : 3) * v.length + 2;
  } else if (typeof v !== "object" || v === null) {
    BOUND.bytes += 24;
  } else if (Array.isArray(v)) {
    if (!inArray) {
      BOUND.entries++;
      BOUND.bytes += 3 * keyChars;
    }
    BOUND.bytes += 2;
    for (let i = 0; i < v.length; i++) metadataBound("", 0, v[i], true);
    return;
  } else if (v instanceof ErrorValue) {
    if (inArray) BOUND.bytes += 1 << 30;
    else {
      const s = metadataSize(key, v);
      BOUND.entries += s.entries;
      BOUND.bytes += s.bytes;
    }
    return;
  } else {
    const o = v;
    let n = 0;
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      n++;
      if (inArray) {
        BOUND.bytes += 6 * k.length + 4;
        metadataBound("", 0, o[k], true);
      } else metadataBound(key, keyChars + 1 + k.length, o[k], false);
    }
    if (inArray) BOUND.bytes += 2;
    else if (n === 0) {
      BOUND.entries++;
      BOUND.bytes += 3 * keyChars;
    }
    return;
  }
  if (!inArray) {
    BOUND.entries++;
    BOUND.bytes += 3 * keyChars;
  } else BOUND.bytes += 1;
}
function pruneMap(v, path, fits, cut) {
  const out = {};
  let kept = 0;
  const keys = Object.keys(v);
  if (keys.length === 0) {
    if (fits(1, utf8Bytes(path))) return out;
    cut.push(path);
    return void 0;
  }
  for (const k of keys) {
    const child = v[k];
    const childPath = `${path}.${k}`;
    if (isPlainMap(child)) {
      const pruned = pruneMap(child, childPath, fits, cut);
      if (pruned !== void 0) {
        setOwn(out, k, pruned);
        kept++;
      }
      continue;
    }
    const s = metadataSize(childPath, child);
    if (fits(s.entries, s.bytes)) {
      setOwn(out, k, child);
      kept++;
    } else cut.push(childPath);
  }
  return kept > 0 ? out : void 0;
}
function exceptionStacktrace(e) {
  let text = errorHead(e);
  let cause = e.cause;
  let depth = 0;
  for (; cause !== void 0 && depth < MAX_DEPTH; depth++) {
    const next = cause instanceof ErrorValue ? errorHead(cause) : typeof cause === "string" ? cause : JSON.stringify(cause) ?? "";
    if (text.length + next.length > MAX_STACKTRACE_CHARS) break;
    text += `
Caused by: ${next}`;
    cause = cause instanceof ErrorValue ? cause.cause : void 0;
  }
  if (cause !== void 0) {
    let more = 0;
    for (let c = cause; c !== void 0 && more < MAX_DEPTH; more++) {
      c = c instanceof ErrorValue ? c.cause : void 0;
    }
    text += `
Caused by: \u2026[${more} more causes cut]`;
  }
  return text;
}
var MAX_STACKTRACE_CHARS = 16 * 1024;
function errorHead(e) {
  return typeof e.stack === "string" && e.stack !== "" ? e.stack : `${e.type}: ${e.message}`;
}
function recordRenderer(config) {
  const caps = new LokiCaps(config.loki, config.resource);
  const maxLineBytes = config.loki.maxLineBytes;
  if (config.format === "pretty") {
    return (r) => {
      const capped = caps.apply(r);
      const out = renderPretty(r, maxLineBytes);
      if (capped) out.cut = true;
      return out;
    };
  }
  const resourceFragment = `,"service":${JSON.stringify(config.service)},"env":${JSON.stringify(config.environment)},"version":${JSON.stringify(config.serviceVersion)}`;
  return (r) => {
    const capped = caps.apply(r);
    const out = renderLine(r, resourceFragment, maxLineBytes);
    if (capped) out.cut = true;
    return out;
  };
}
function renderLine(r, resourceFragment, maxLineBytes = DEFAULTS.maxLineBytes) {
  let line = `{"ts":"${isoMicros(r.time)}","level":"${LEVELS[r.level]}","logger":${quoteKey(r.logger)},"message":${JSON.stringify(r.message)}${resourceFragment}`;
  if (r.traceId !== "") line += `,"trace_id":"${r.traceId}","span_id":"${r.spanId}"`;
  const head = line;
  for (let i = 0; i < r.keys.length; i++) {
    line += `,${quoteKey(r.keys[i])}:${JSON.stringify(r.values[i]) ?? "null"}`;
  }
  if (line.length * 3 <= maxLineBytes || utf8Bytes(line) + 1 <= maxLineBytes) {
    return { line: line + "}\n", cut: false };
  }
  return { line: cutLine(r, head, maxLineBytes), cut: true };
}
function cutLine(r, head, maxLineBytes) {
  const room = maxLineBytes - utf8Bytes(head) - MAX_MARKER_CHARS * 3 - 64;
  let line = head;
  let used = 0;
  let earlier = "";
  const cut = [];
  for (let i = 0; i < r.keys.length; i++) {
    if (r.keys[i] === TRUNCATED_KEY) {
      earlier = String(r.values[i]);
      continue;
    }
    const part = `,${JSON.stringify(r.keys[i])}:${JSON.stringify(r.values[i]) ?? "null"}`;
    const size = utf8Bytes(part);
    if (used + size <= room) {
      line += part;
      used += size;
    } else cut.push(r.keys[i]);
  }
  const marker = markerText(
    `${earlier === "" ? "" : `${earlier.slice(0, 200)}; `}line size: over ${maxLineBytes} bytes; cut`,
    cut
  );
  line += `,${JSON.stringify(TRUNCATED_KEY)}:${JSON.stringify(marker)}}
`;
  if (utf8Bytes(line) <= maxLineBytes + 1) return line;
  return head + `,${JSON.stringify(TRUNCATED_KEY)}:"line size: over ${maxLineBytes} bytes"}
`;
}
var PRETTY_COLOURS = ["\x1B[90m", "\x1B[32m", "\x1B[33m", "\x1B[31m", "\x1B[35m"];
var PRETTY_BARE = /^[\w.:/@+-]+$/;
function renderPretty(r, maxLineBytes = DEFAULTS.maxLineBytes) {
  const ts = isoMicros(r.time).slice(11, 23);
  const level = SEVERITY_TEXTS[r.level].padEnd(5);
  const text = (v) => PRETTY_BARE.test(v) ? v : JSON.stringify(v);
  let line = `\x1B[2m${ts}\x1B[0m ${PRETTY_COLOURS[r.level]}${level}\x1B[0m \x1B[2m${text(r.logger)}\x1B[0m ${text(r.message)}`;
  if (r.traceId !== "") line += ` trace_id=${r.traceId} span_id=${r.spanId}`;
  for (let i = 0; i < r.keys.length; i++) {
    const v = r.values[i];
    line += ` ${text(r.keys[i])}=${typeof v === "string" ? text(v) : JSON.stringify(v) ?? "null"}`;
  }
  if (line.length * 3 > maxLineBytes && utf8Bytes(line) + 1 > maxLineBytes) {
    const cutText = Buffer2.from(line, "utf8").subarray(0, maxLineBytes - 4).toString("utf8").replace(/\uFFFD$/, "");
    return { line: cutText + "\u2026\n", cut: true };
  }
  return { line: line + "\n", cut: false };
}
var EXPORT_SUCCESS = 0;
var EXPORT_FAILED = 1;
function isEagain(e) {
  const code = e.code ?? e.name;
  return code === "EAGAIN" || code === "WouldBlock" || code === "EWOULDBLOCK";
}
var SB_APPENDED = 0;
var SB_WRITTEN = 1;
var SB_HEADER = 16;
function stdoutBacklogBuffer() {
  return new SharedArrayBuffer(SB_HEADER + STDOUT_BACKLOG_BYTES);
}
var StdoutSink = class {
  #counters;
  /** The cursors (SB_APPENDED, SB_WRITTEN): byte counts since the backlog was last empty. */
  #cursor;
  /** The ring's bytes; a line at cursor c starts at c % capacity. */
  #ring;
  /** UTF-8 sizes of the lines not yet handed to a write, oldest first from #head. */
  #sizes = [];
  #head = 0;
  /** Bytes handed to writes (in flight or done): cursor of the next chunk. */
  #taken = 0;
  #inFlight = false;
  #idle = [];
  /**
   * @param backlog A buffer from stdoutBacklogBuffer(); lines a dead consumer left between its
   *   cursors are adopted and written first.
   */
  constructor(counters, backlog) {
    this.#counters = counters;
    this.#cursor = new Float64Array(backlog, 0, 2);
    this.#ring = Buffer2.from(backlog, SB_HEADER);
    const from = this.#cursor[SB_WRITTEN];
    const to = this.#cursor[SB_APPENDED];
    if (to <= from) {
      this.#cursor[SB_APPENDED] = 0;
      this.#cursor[SB_WRITTEN] = 0;
      return;
    }
    const cap = this.#ring.length;
    let start2 = from;
    for (let c = from; c < to; c++) {
      if (this.#ring[c % cap] === 10) {
        this.#sizes.push(c + 1 - start2);
        start2 = c + 1;
      }
    }
    this.#taken = from;
  }
  /** Takes one line; counts it dropped when the backlog is full. Never blocks, never throws. */
  push(line) {
    const size = Buffer2.byteLength(line, "utf8");
    const cursor = this.#cursor;
    const appended = cursor[SB_APPENDED];
    const ring = this.#ring;
    if (appended - cursor[SB_WRITTEN] + size > ring.length) {
      this.#counters[C_STDOUT_DROPPED]++;
      return;
    }
    const at = appended % ring.length;
    if (at + size <= ring.length) ring.write(line, at, size, "utf8");
    else {
      const bytes = Buffer2.from(line, "utf8");
      const first = ring.length - at;
      ring.set(bytes.subarray(0, first), at);
      ring.set(bytes.subarray(first), 0);
    }
    cursor[SB_APPENDED] = appended + size;
    this.#sizes.push(size);
  }
  /** Starts writing what is queued if no write is in flight; true when all is written. */
  flush() {
    if (this.#inFlight) return false;
    const sizes = this.#sizes;
    if (this.#head === sizes.length) {
      if (this.#head > 0) {
        this.#sizes = [];
        this.#head = 0;
      }
      if (this.#taken > 0) {
        this.#cursor[SB_APPENDED] = 0;
        this.#cursor[SB_WRITTEN] = 0;
        this.#taken = 0;
      }
      for (const resolve of this.#idle.splice(0)) resolve();
      return true;
    }
    let used = sizes[this.#head];
    let n = 1;
    while (this.#head + n < sizes.length && used + sizes[this.#head + n] <= PIPE_BUF) {
      used += sizes[this.#head + n++];
    }
    const chunk = this.#bytesAt(this.#taken, used);
    this.#head += n;
    this.#taken += used;
    if (this.#head > 4096 && this.#head * 2 > sizes.length) {
      this.#sizes = sizes.slice(this.#head);
      this.#head = 0;
    }
    this.#inFlight = true;
    this.#write(chunk, 0, n);
    return false;
  }
  /** A copy of `size` ring bytes from cursor `from` (a copy: writes never see shared memory). */
  #bytesAt(from, size) {
    const ring = this.#ring;
    const at = from % ring.length;
    if (at + size <= ring.length) return Buffer2.from(ring.subarray(at, at + size));
    return Buffer2.concat([ring.subarray(at), ring.subarray(0, size - (ring.length - at))]);
  }
  /** A write of `bytes` bytes (`lines` lines) finished: moves the cursor, then counts. */
  #settled(bytes, lines, ok) {
    this.#cursor[SB_WRITTEN] += bytes;
    this.#counters[ok ? C_STDOUT_WRITTEN : C_STDOUT_FAILED] += lines;
  }
  #write(chunk, offset, lines) {
    const done = (ok) => {
      this.#settled(chunk.length, lines, ok);
      this.#inFlight = false;
      this.flush();
    };
    const settle = (err, written) => {
      if (err) {
        if (!isEagain(err)) return done(false);
        const t = setTimeout(() => this.#write(chunk, offset, lines), EAGAIN_SLEEP_MS);
        t.unref?.();
        return;
      }
      if (offset + written < chunk.length) this.#write(chunk, offset + written, lines);
      else done(true);
    };
    try {
      if (DENO_STDOUT !== void 0) {
        DENO_STDOUT.write(chunk.subarray(offset)).then((n) => settle(null, n), (e) => settle(e, 0));
      } else write(1, chunk, offset, chunk.length - offset, null, settle);
    } catch {
      done(false);
    }
  }
  /** Resolves when everything queued is written (or failed), or at `deadline`. */
  async finish(deadline) {
    while (!this.flush() && Date.now() < deadline) {
      await new Promise((resolve) => {
        this.#idle.push(resolve);
        const t = setTimeout(resolve, Math.min(50, Math.max(1, deadline - Date.now())));
        t.unref?.();
      });
    }
  }
  /**
   * Exit hooks on the calling thread (inline mode): writes what is queued synchronously, retrying
   * EAGAIN until `deadline`. A chunk already in flight finishes on its own.
   */
  finishSync(deadline) {
    const sizes = this.#sizes;
    while (this.#head < sizes.length && Date.now() < deadline) {
      const size = sizes[this.#head++];
      const line = this.#bytesAt(this.#taken, size);
      this.#taken += size;
      let offset = 0;
      let ok = true;
      while (offset < line.length) {
        try {
          offset += writeSync(1, line, offset, line.length - offset);
        } catch (e) {
          if (!isEagain(e) || Date.now() >= deadline) {
            ok = false;
            break;
          }
          Atomics.wait(SLEEP_CELL, 0, 0, EAGAIN_SLEEP_MS);
        }
      }
      this.#settled(size, 1, ok);
    }
  }
};
var DENO_STDOUT = globalThis.Deno?.stdout;
var SLEEP_CELL = new Int32Array(new SharedArrayBuffer(4));
var otelModules = null;
function loadOtel() {
  return otelModules ??= Promise.all([
    Promise.resolve().then(() => __toESM(require_api(), 1)),
    Promise.resolve().then(() => __toESM(require_resources(), 1)),
    Promise.resolve().then(() => __toESM(require_sdk_logs(), 1)),
    Promise.resolve().then(() => __toESM(require_otlp_exporter_base(), 1)),
    Promise.resolve().then(() => __toESM(require_node_http(), 1)),
    Promise.resolve().then(() => __toESM(require_otlp_transformer(), 1))
  ]).then(([api, resources, sdk, base, nodeHttp, transformer]) => ({
    api,
    resources,
    sdk,
    base,
    nodeHttp,
    transformer
  }));
}
var CountingExporter = class {
  #inner;
  #guardMs;
  #onResult;
  /**
   * Set by the response serializer right before the exporter reports SUCCESS (synchronously,
   * so it belongs to the export being settled): records the collector rejected in an OTLP
   * partial success (OTLP spec, "Partial Success").
   */
  partial = null;
  constructor(inner, serializer, guardMs, onResult) {
    this.#inner = inner({
      serializeRequest: (request) => serializer.serializeRequest(request),
      deserializeResponse: (data) => {
        const response = serializer.deserializeResponse(data);
        const rejected = Number(response?.partialSuccess?.rejectedLogRecords ?? 0);
        if (rejected > 0) {
          this.partial = {
            rejected,
            message: String(response.partialSuccess?.errorMessage ?? "")
          };
        }
        return response;
      }
    });
    this.#guardMs = guardMs;
    this.#onResult = onResult;
  }
  export(records, done) {
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      const partial = this.partial;
      this.partial = null;
      const ignored = result.code !== EXPORT_SUCCESS ? lokiIgnored(result.error, records.length) : void 0;
      if (ignored !== void 0) {
        this.#onResult(
          records.length - ignored,
          ignored,
          new Error(
            `the collector stored ${records.length - ignored} and rejected ${ignored} of ${records.length} records (Loki: HTTP 400 "total ignored")`
          )
        );
      } else if (result.code !== EXPORT_SUCCESS) {
        this.#onResult(0, records.length, result.error);
      } else if (partial !== null) {
        const rejected = Math.min(partial.rejected, records.length);
        this.#onResult(
          records.length - rejected,
          rejected,
          new Error(
            `the collector rejected ${rejected} of ${records.length} records (partial success)` + (partial.message ? `: ${partial.message}` : "")
          )
        );
      } else this.#onResult(records.length, 0, void 0);
      done(result);
    };
    const guard = setTimeout(() => {
      settle({
        code: EXPORT_FAILED,
        error: new Error(`OTLP export got no answer within ${this.#guardMs} ms`)
      });
    }, this.#guardMs);
    try {
      this.#inner.export(records, settle);
    } catch (e) {
      settle({ code: EXPORT_FAILED, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  shutdown() {
    return this.#inner.shutdown();
  }
  forceFlush() {
    return this.#inner.forceFlush?.() ?? Promise.resolve();
  }
};
function lokiIgnored(error, sent) {
  const e = error;
  if (e?.code !== 400 || typeof e.data !== "string") return void 0;
  const counts = [...e.data.matchAll(/total ignored: (\d+) out of (\d+)/g)];
  if (counts.length !== 1) return void 0;
  const ignored = Number(counts[0][1]);
  return Number(counts[0][2]) === sent && ignored <= sent ? ignored : void 0;
}
var OtlpSink = class {
  #counters;
  #config;
  #secrets;
  #mods = null;
  #provider = null;
  #unavailable = false;
  /** OTel loggers by name (instrumentation scope); bounded by MAX_CACHE_KEYS. */
  #loggers = /* @__PURE__ */ new Map();
  #overflowLogger = null;
  #backlog = [];
  #head = 0;
  #inProcessor = 0;
  #lastExportOk = true;
  #finishing = null;
  ready;
  constructor(config, resource, counters) {
    this.#counters = counters;
    this.#config = config;
    this.#secrets = Object.values(config.headers).filter((v) => v.length >= 4);
    this.ready = loadOtel().then(
      (mods) => this.#build(mods, resource),
      (e) => {
        this.#unavailable = true;
        notice(`cannot load the OpenTelemetry SDK (${errorText(e)}); OTLP export is off`);
        this.#counters[C_OTLP_DROPPED] += this.#backlog.length - this.#head;
        this.#backlog = [];
        this.#head = 0;
      }
    );
  }
  #build(mods, resource) {
    const otlp = this.#config;
    const exporterConfig = {
      url: otlp.url,
      headers: otlp.headers,
      timeoutMillis: otlp.timeoutMs,
      compression: otlp.compression
    };
    const json = otlp.protocol === "http/json";
    const { base, nodeHttp, transformer, sdk } = mods;
    const exporter = new CountingExporter(
      (serializer) => new base.OTLPExporterBase(
        nodeHttp.createOtlpHttpExportDelegate(
          nodeHttp.convertLegacyHttpOptions(exporterConfig, "LOGS", "v1/logs", {
            "Content-Type": json ? "application/json" : "application/x-protobuf"
          }),
          serializer,
          "otlp_http_log_exporter",
          transformer.LogsExporterMetricsHelper,
          void 0
        )
      ),
      json ? transformer.JsonLogsSerializer : transformer.ProtobufLogsSerializer,
      otlp.batch.exportTimeoutMs + EXPORT_GUARD_MS,
      (exported, failed, error) => this.#onExported(exported, failed, error)
    );
    this.#provider = new sdk.LoggerProvider({
      resource: mods.resources.defaultResource().merge(
        mods.resources.resourceFromAttributes(wellFormed(resource))
      ),
      // The SDK drops attributes past 128 per LogRecord by default, silently (no counter, no
      // marker, only a diag warning). lockbox's own Loki caps (LokiCaps) decide what is cut and
      // say so in the record, so the SDK's limits must never bind (sdk-logs 3.1.0 takes them
      // from these options only; it reads no OTEL_*_LIMIT variable).
      logRecordLimits: {
        attributeCountLimit: Number.MAX_SAFE_INTEGER,
        attributeValueLengthLimit: Infinity
      },
      processors: [
        new sdk.BatchLogRecordProcessor({
          exporter,
          maxQueueSize: otlp.batch.maxQueueSize,
          maxExportBatchSize: otlp.batch.maxExportBatchSize,
          scheduledDelayMillis: otlp.batch.scheduledDelayMs,
          exportTimeoutMillis: otlp.batch.exportTimeoutMs
        })
      ]
    });
    this.#mods = mods;
    this.pump();
  }
  /** Takes one record; counts it dropped when the backlog is full. Never throws. */
  push(record, observedMs) {
    if (this.#unavailable || this.#backlog.length - this.#head >= OTLP_BACKLOG_RECORDS) {
      this.#counters[C_OTLP_DROPPED]++;
      return;
    }
    this.#backlog.push({ record, observedMs });
  }
  /** Records held by this sink (backlog and processor). */
  held() {
    return this.#backlog.length - this.#head + this.#inProcessor;
  }
  /** Moves backlog into the batch processor while it has room. */
  pump() {
    if (this.#provider === null) return;
    const capacity = this.#config.batch.maxQueueSize;
    const backlog = this.#backlog;
    while (this.#head < backlog.length && this.#inProcessor < capacity) {
      const item = backlog[this.#head];
      backlog[this.#head++] = void 0;
      this.#inProcessor++;
      try {
        this.#emit(item);
      } catch {
        this.#inProcessor--;
        this.#counters[C_OTLP_FAILED]++;
      }
    }
    if (this.#head === backlog.length) {
      this.#backlog = [];
      this.#head = 0;
    } else if (this.#head > 4096) {
      this.#backlog = backlog.slice(this.#head);
      this.#head = 0;
    }
  }
  /** Maps a decoded record to an OTel LogRecord: scope = logger, body = eventName = event. */
  #emit(item) {
    const r = item.record;
    const mods = this.#mods;
    let logger = this.#loggers.get(r.logger);
    const attributes = {};
    if (logger === void 0) {
      if (this.#loggers.size < MAX_CACHE_KEYS) {
        logger = this.#provider.getLogger(r.logger);
        this.#loggers.set(r.logger, logger);
      } else {
        logger = this.#overflowLogger ??= this.#provider.getLogger(OVERFLOW_SCOPE);
        attributes["lockbox.logger"] = r.logger;
      }
    }
    let error;
    for (let i = 0; i < r.values.length && error === void 0; i++) {
      const v = r.values[i];
      if (v instanceof ErrorValue) error = v;
    }
    for (let i = 0; i < r.keys.length; i++) {
      const v = r.values[i];
      const k = r.keys[i];
      if (v === error) continue;
      if (error !== void 0 && k.startsWith("exception.")) {
        setOwn(attributes, COLLISION_PREFIX + k, v);
      } else setOwn(attributes, k, v);
    }
    if (error !== void 0) {
      attributes["exception.type"] = error.type;
      attributes["exception.message"] = error.message;
      attributes["exception.stacktrace"] = exceptionStacktrace(error);
    }
    const ctx = r.traceId !== "" ? mods.api.trace.setSpanContext(mods.api.ROOT_CONTEXT, {
      traceId: r.traceId,
      spanId: r.spanId,
      traceFlags: r.traceFlags
    }) : mods.api.ROOT_CONTEXT;
    logger.emit({
      timestamp: microsToHrTime(Math.floor(r.time * 1e3)),
      observedTimestamp: item.observedMs,
      severityNumber: SEVERITY_NUMBERS[r.level],
      severityText: SEVERITY_TEXTS[r.level],
      body: r.message,
      eventName: r.message,
      attributes,
      context: ctx
    });
  }
  #onExported(exported, failed, error) {
    this.#inProcessor -= exported + failed;
    this.#counters[C_OTLP_EXPORTED] += exported;
    this.#counters[C_OTLP_FAILED] += failed;
    const ok = failed === 0;
    if (!ok && this.#lastExportOk) {
      let why = error?.message ?? "unknown error";
      for (const s of this.#secrets) why = why.split(s).join(REDACTED);
      notice(`OTLP export to ${this.#config.url} failed (${failed} records): ${why}`);
    }
    this.#lastExportOk = ok;
    this.pump();
  }
  /** Exports everything held: backlog → forceFlush (repeated while backlog) → shutdown. Runs once. */
  finish() {
    this.#finishing ??= (async () => {
      await this.ready;
      const provider = this.#provider;
      if (provider === null) return;
      try {
        while (this.#head < this.#backlog.length) {
          this.pump();
          await provider.forceFlush();
        }
        await provider.forceFlush();
        await provider.shutdown();
      } catch {
      }
    })();
    return this.#finishing;
  }
};
function wellFormed(resource) {
  const out = {};
  for (const k of Object.keys(resource)) {
    const v = resource[k];
    setOwn(out, toWellFormed(k), typeof v === "string" ? toWellFormed(v) : v);
  }
  return out;
}
function toWellFormed(s) {
  return Buffer2.from(s, "utf8").toString("utf8");
}
function microsToHrTime(micros) {
  const seconds = Math.floor(micros / 1e6);
  return [seconds, (micros - seconds * 1e6) * 1e3];
}
function startConsumer(consumerInit, inline) {
  const init = consumerInit;
  noticeScrub = secretScrubber(init.config);
  const ring = new Ring(init.ring, init.queueMaxSize);
  const counters = new Float64Array(init.counters);
  const config = init.config;
  const decoder = new Decoder(new Redactor(config));
  const render = recordRenderer(config);
  const stdout = new StdoutSink(counters, init.stdoutBacklog);
  const otlp = config.otlp !== null ? new OtlpSink(config.otlp, config.resource, counters) : null;
  const budgetMs = inline ? INLINE_SLICE_MS : 20;
  let scratch = Buffer2.alloc(MAX_RECORD_BYTES + ENCODER_SLACK);
  let scratchView = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);
  const step = (ms) => {
    const until = performance.now() + ms;
    const observedMs = Date.now();
    let n = 0;
    for (let off = ring.peek(); off >= 0; off = ring.peek()) {
      const len = ring.lengthAt(off);
      if (len > scratch.length) {
        scratch = Buffer2.alloc(len);
        scratchView = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);
      }
      scratch.set(ring.bytes.subarray(off + 4, off + 4 + len));
      ring.release(off, len);
      counters[C_CONSUMED]++;
      let record;
      try {
        record = decoder.decodeAt(scratch, scratchView, 0);
      } catch (e) {
        record = brokenRecord(e);
      }
      const { line, cut } = render(record);
      if (cut && !record.truncated) counters[C_TRUNCATED]++;
      stdout.push(line);
      otlp?.push(record, observedMs);
      n++;
      if ((inline || (n & 15) === 0) && performance.now() >= until) break;
    }
    otlp?.pump();
    stdout.flush();
    return n;
  };
  let finished = null;
  let finishDeadline = Infinity;
  const loop = (async () => {
    Atomics.store(ring.ctl, CTL_STATE, 1);
    let idle = 0;
    for (; ; ) {
      const took = step(budgetMs);
      if (!ring.empty()) {
        idle = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      if (ring.stopping()) break;
      if (took > 0) idle = 0;
      if (idle++ < CONSUMER_IDLE_POLLS) {
        await new Promise((resolve) => setTimeout(resolve, CONSUMER_POLL_MS));
        continue;
      }
      idle = 0;
      await ring.sleep(1e3);
    }
    await stdout.finish(finishDeadline);
    await otlp?.finish();
    Atomics.store(ring.ctl, CTL_DONE, 1);
    Atomics.notify(ring.ctl, CTL_DONE);
  })();
  return {
    finish(deadline) {
      finishDeadline = deadline;
      ring.stop();
      return finished ??= loop;
    },
    finishSync(deadline) {
      ring.stop();
      do
        step(Infinity);
      while (!ring.empty() && Date.now() < deadline);
      stdout.finishSync(deadline);
    }
  };
}
var CONSUMER_POLL_MS = 8;
function brokenRecord(e) {
  return {
    internal: false,
    truncated: true,
    level: 3,
    time: Date.now(),
    traceFlags: 0,
    traceId: "",
    spanId: "",
    logger: "lockbox",
    message: "undecodable_record",
    keys: ["error"],
    values: [errorText(e)]
  };
}
var foreignNoticeGiven = false;
function initObservability(options = {}) {
  const s = session;
  if (s !== null && s.phase === 1 /* Stopping */) {
    notice(
      "initObservability() called while shutting down; nothing started, and log calls until then are counted dropped.afterShutdown (call it again after shutdownObservability() resolves to start a new session)"
    );
    return;
  }
  if (s !== null && s.phase === 0 /* Running */) {
    if (Object.keys(options).length > 0) {
      notice("initObservability() called again while running; its options are ignored");
    }
    return;
  }
  start(options, true);
}
var TEST_CLOCK = /* @__PURE__ */ Symbol.for("lockbox.clock");
function testClock(options) {
  const hook = options[TEST_CLOCK];
  return typeof hook === "function" ? hook : void 0;
}
function start(options, strict) {
  const config = configForStart(options, strict);
  noticeScrub = secretScrubber(config);
  encoder ??= new Encoder();
  encoder.maxValueBytes = config.maxValueBytes;
  resetRateGuard();
  const ringBuffer = Ring.create(ringBytesFor(config.queueMaxSize));
  const countersBuffer = new SharedArrayBuffer(COUNTER_SLOTS * 8);
  const s = {
    phase: 0 /* Running */,
    config,
    minLevel: LEVELS.indexOf(config.level),
    rateLimit: config.rateLimit,
    clock: testClock(options) ?? wallClockMs,
    ring: new Ring(ringBuffer, config.queueMaxSize),
    init: {
      tag: WORKER_TAG,
      ring: ringBuffer,
      queueMaxSize: config.queueMaxSize,
      counters: countersBuffer,
      stdoutBacklog: stdoutBacklogBuffer(),
      config
    },
    counters: new Float64Array(countersBuffer),
    accepted: 0,
    internal: 0,
    queueFull: 0,
    rateLimited: 0,
    afterShutdown: 0,
    truncated: 0,
    workerMode: false,
    worker: null,
    inline: null,
    suppressed: [],
    reported: {},
    reportTimer: void 0,
    shutdownPromise: null,
    finalStats: null
  };
  session = s;
  if (config.otlpNotice !== "") notice(config.otlpNotice);
  if (config.worker && FOREIGN_WORKER) {
    if (!foreignNoticeGiven) {
      foreignNoticeGiven = true;
      notice(
        "evaluated inside a worker thread that lockbox did not start (a bundled service's own worker?); starting no worker, running inline"
      );
    }
  } else if (config.worker) startWorkers(s);
  if (!s.workerMode) startInline(s);
  s.reportTimer = setInterval(() => {
    if (s.phase === 0 /* Running */) {
      reanchorClock();
      policyReport(s);
    }
  }, REPORT_INTERVAL_MS);
  s.reportTimer.unref?.();
  if (config.exitHooks) installHooks();
}
var workerUrlCache = null;
function workerUrl() {
  return workerUrlCache ??= WORKER_SOURCE !== void 0 ? new URL(
    "data:text/javascript;base64," + Buffer2.from(WORKER_SOURCE, "utf8").toString("base64")
  ) : new URL(import.meta.url);
}
function startFailure(e) {
  const text = errorText(e);
  if (/NotCapable|PermissionDenied|permission|--allow-/i.test(text)) return `permission: ${text}`;
  if (/Invalid URL|ERR_INVALID_URL|ERR_MODULE_NOT_FOUND|Cannot find module|import\.meta/i.test(text)) {
    return `bundling: ${text}`;
  }
  return `runtime error: ${text}`;
}
function startWorkers(s) {
  let url;
  try {
    url = workerUrl();
  } catch (e) {
    notice(`cannot start the background worker (${startFailure(e)}); running inline`);
    return;
  }
  let worker;
  try {
    worker = new Worker(url, { workerData: s.init });
  } catch (e) {
    notice(`cannot start the background worker (${startFailure(e)}); running inline`);
    return;
  }
  s.worker = worker;
  s.workerMode = true;
  const lost = (why) => {
    if (s.worker !== worker) return;
    s.worker = null;
    if (s.finalStats !== null || Atomics.load(s.ring.ctl, CTL_DONE) === 1) return;
    const started = Atomics.load(s.ring.ctl, CTL_STATE) === 1;
    notice(
      started ? `background worker stopped (${why}); continuing inline` : `background worker could not start (${why}); running inline`
    );
    s.workerMode = false;
    startInline(s);
  };
  worker.on("error", (e) => lost(startFailure(e)));
  worker.on("exit", (code) => lost(`exit code ${code}`));
  worker.unref();
}
function startInline(s) {
  const init = s.init;
  Atomics.store(s.ring.ctl, CTL_STOP, s.phase === 0 /* Running */ ? 0 : 1);
  if (WORKER_SOURCE === void 0) {
    s.inline = startConsumer(init, true);
    return;
  }
  const pending = import(workerUrl().href).then(
    (mod) => mod.startConsumer(init, true),
    (e) => {
      notice(`cannot load the consumer (${startFailure(e)}); using this copy without OTLP`);
      return startConsumer({ ...init, config: { ...init.config, otlp: null } }, true);
    }
  );
  s.inline = {
    finish: (deadline) => pending.then((c) => c.finish(deadline)),
    finishSync: () => {
    }
  };
  void pending.then((c) => {
    if (s.inline !== null) s.inline = c;
  });
}
function policyReport(s) {
  const now = s.clock();
  for (const bucket of s.suppressed) {
    let event;
    try {
      event = typeof bucket.event === "string" ? bucket.event : String(bucket.event);
    } catch {
      event = "[unprintable event]";
    }
    if (encodeRecord(s, now, 2, bucket.core, "log_suppressed", {
      event,
      suppressed: bucket.suppressed
    }, F_INTERNAL)) s.internal++;
    bucket.suppressed = 0;
  }
  s.suppressed = [];
  const c = s.counters;
  const counts = {
    queue_full: s.queueFull,
    rate_limited: s.rateLimited,
    stdout_failed: c[C_STDOUT_FAILED],
    stdout_dropped: c[C_STDOUT_DROPPED],
    otlp_failed: c[C_OTLP_FAILED],
    otlp_dropped: c[C_OTLP_DROPPED]
  };
  const delta = {};
  let any = false;
  for (const k in counts) {
    delta[k] = counts[k] - (s.reported[k] ?? 0);
    if (delta[k] > 0) any = true;
  }
  s.reported = counts;
  if (any && encodeRecord(s, now, 2, selfLogger(), "observability_dropped", delta, F_INTERNAL)) {
    s.internal++;
  }
}
var selfCore = null;
function selfLogger() {
  return selfCore ??= new LoggerCore("lockbox", 0, EMPTY_BYTES, false);
}
function shutdownObservability(options = {}) {
  const s = session;
  if (s === null) return Promise.resolve(observabilityStats());
  if (s.shutdownPromise !== null) return s.shutdownPromise;
  if (s.finalStats !== null) return Promise.resolve(observabilityStats());
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs >= 0 ? options.timeoutMs : s.config.shutdownTimeoutMs;
  policyReport(s);
  s.phase = 1 /* Stopping */;
  s.shutdownPromise = runShutdown(s, timeoutMs);
  return s.shutdownPromise;
}
async function runShutdown(s, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  s.ring.stop();
  s.worker?.ref();
  let timer;
  const expired = new Promise((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const work = (async () => {
    const ctl = s.ring.ctl;
    while (Atomics.load(ctl, CTL_DONE) !== 1 && Date.now() < deadline) {
      if (!s.workerMode && s.inline !== null) {
        await s.inline.finish(deadline);
        continue;
      }
      await sleepOn(ctl, CTL_DONE, 0, Math.min(50, Math.max(1, deadline - Date.now())));
    }
  })();
  await Promise.race([work, expired]);
  clearTimeout(timer);
  return finalize(s);
}
function finalize(s) {
  if (s.finalStats !== null) return s.finalStats;
  const stats = statsOf(s);
  const entered = stats.accepted + stats.internal;
  const stdoutDone = stats.stdout.written + stats.stdout.failed + stats.stdout.dropped;
  if (stdoutDone < entered) stats.stdout.failed += entered - stdoutDone;
  if (stats.otlp.enabled) {
    const otlpDone = stats.otlp.exported + stats.otlp.failed + stats.otlp.dropped;
    if (otlpDone < entered) stats.otlp.dropped += entered - otlpDone;
  }
  stats.pending = 0;
  s.finalStats = stats;
  s.phase = 2 /* Stopped */;
  clearInterval(s.reportTimer);
  for (const w of [s.worker]) {
    if (w === null) continue;
    w.unref();
    w.terminate().catch(() => {
    });
  }
  s.worker = null;
  s.inline = null;
  removeHooks();
  return stats;
}
function observabilityStats() {
  const s = session;
  if (s === null) {
    return {
      mode: "off",
      accepted: 0,
      internal: 0,
      dropped: { queueFull: 0, rateLimited: 0, afterShutdown: 0 },
      truncated: 0,
      stdout: { written: 0, failed: 0, dropped: 0 },
      otlp: { enabled: false, exported: 0, failed: 0, dropped: 0 },
      pending: 0
    };
  }
  const f = s.finalStats;
  if (f !== null) {
    return {
      ...f,
      dropped: { ...f.dropped, afterShutdown: s.afterShutdown },
      stdout: { ...f.stdout },
      otlp: { ...f.otlp }
    };
  }
  return statsOf(s);
}
function statsOf(s) {
  const c = s.counters;
  const entered = s.accepted + s.internal;
  const stdoutDone = c[C_STDOUT_WRITTEN] + c[C_STDOUT_FAILED] + c[C_STDOUT_DROPPED];
  const otlpEnabled = s.config.otlp !== null;
  const otlpDone = c[C_OTLP_EXPORTED] + c[C_OTLP_FAILED] + c[C_OTLP_DROPPED];
  return {
    mode: s.workerMode ? Atomics.load(s.ring.ctl, CTL_STATE) === 1 ? "worker" : "starting" : "inline",
    accepted: s.accepted,
    internal: s.internal,
    dropped: { queueFull: s.queueFull, rateLimited: s.rateLimited, afterShutdown: s.afterShutdown },
    truncated: s.truncated + c[C_TRUNCATED],
    stdout: {
      written: c[C_STDOUT_WRITTEN],
      failed: c[C_STDOUT_FAILED],
      dropped: c[C_STDOUT_DROPPED]
    },
    otlp: {
      enabled: otlpEnabled,
      exported: c[C_OTLP_EXPORTED],
      failed: c[C_OTLP_FAILED],
      dropped: c[C_OTLP_DROPPED]
    },
    pending: Math.max(0, entered - (otlpEnabled ? Math.min(stdoutDone, otlpDone) : stdoutDone))
  };
}
var hooksInstalled = false;
var SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGINT: 130 };
var signalDrain = null;
var DENO_TRACKER_KEY = /* @__PURE__ */ Symbol.for("lockbox.denoSignalListeners");
var denoSignals = RUNTIME.name === "deno" && isMainThread ? trackDenoSignals() : null;
function trackDenoSignals() {
  const g = globalThis;
  if (g[DENO_TRACKER_KEY] !== void 0) return g[DENO_TRACKER_KEY];
  const deno = g.Deno;
  if (typeof deno?.addSignalListener !== "function") return null;
  const tracker = { added: /* @__PURE__ */ new Map(), before: /* @__PURE__ */ new Map() };
  for (const signal of ["SIGTERM", "SIGINT"]) {
    tracker.added.set(signal, /* @__PURE__ */ new Set());
    tracker.before.set(signal, process.listenerCount(signal));
  }
  const add = deno.addSignalListener;
  const remove = deno.removeSignalListener;
  try {
    deno.addSignalListener = function addSignalListener(signal, listener) {
      add.call(deno, signal, listener);
      tracker.added.get(signal)?.add(listener);
    };
    deno.removeSignalListener = function removeSignalListener(signal, listener) {
      remove.call(deno, signal, listener);
      const added = tracker.added.get(signal);
      if (added === void 0) return;
      if (!added.delete(listener)) {
        tracker.before.set(signal, Math.max(0, (tracker.before.get(signal) ?? 0) - 1));
      }
    };
  } catch {
    return null;
  }
  g[DENO_TRACKER_KEY] = tracker;
  return tracker;
}
var removedThisTurn = /* @__PURE__ */ new Set();
function onRemoveListener(event, listener) {
  if (event !== "SIGTERM" && event !== "SIGINT") return;
  if (listener === onSigterm || listener === onSigint) return;
  if (removedThisTurn.size === 0) queueMicrotask(() => removedThisTurn.clear());
  removedThisTurn.add(event);
}
function serviceHandles(signal) {
  const ours = signal === "SIGTERM" ? onSigterm : onSigint;
  const processListeners = process.listeners(signal);
  if (processListeners.some((l) => l !== ours) || removedThisTurn.has(signal)) return true;
  if (denoSignals === null) return false;
  const direct = (denoSignals.added.get(signal)?.size ?? 0) + (denoSignals.before.get(signal) ?? 0) - processListeners.length;
  return direct > 0;
}
function onBeforeExit() {
  if (session?.phase === 0 /* Running */) void shutdownObservability();
}
function onExit() {
  const s = session;
  if (s === null || s.phase !== 0 /* Running */ && s.phase !== 1 /* Stopping */) return;
  const deadline = Date.now() + s.config.shutdownTimeoutMs;
  if (s.phase === 0 /* Running */) policyReport(s);
  s.phase = 1 /* Stopping */;
  s.ring.stop();
  const ctl = s.ring.ctl;
  if (s.workerMode) {
    while (Atomics.load(ctl, CTL_DONE) !== 1 && Date.now() < deadline) {
      Atomics.wait(ctl, CTL_DONE, 0, Math.max(1, Math.min(50, deadline - Date.now())));
    }
  } else {
    s.inline?.finishSync(deadline);
  }
  finalize(s);
}
function onSignal(signal) {
  const s = session;
  if (s === null || serviceHandles(signal)) return;
  const code = SIGNAL_EXIT_CODES[signal];
  if (signalDrain !== null && signalDrain.session === s) {
    const before = statsOf(s);
    const final = finalize(s);
    const unwritten = final.stdout.failed - before.stdout.failed;
    const unexported = final.otlp.dropped - before.otlp.dropped;
    notice(
      `${signal} during the ${signalDrain.signal} flush; exiting now with ${code}: ${unwritten} records not written to stdout (counted stdout.failed)` + (final.otlp.enabled ? `, ${unexported} not exported (counted otlp.dropped)` : "")
    );
    process.exit(code);
  }
  if (s.phase === 2 /* Stopped */) return;
  signalDrain = { session: s, signal };
  notice(
    `${signal}: flushing (up to ${s.config.shutdownTimeoutMs} ms), then exiting with ${code}; a second SIGTERM or SIGINT exits at once`
  );
  void shutdownObservability().then(() => process.exit(code));
}
var onSigterm = () => onSignal("SIGTERM");
var onSigint = () => onSignal("SIGINT");
function onFatal(event) {
  if (!event.defaultPrevented) onExit();
}
function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("beforeExit", onBeforeExit);
  process.on("exit", onExit);
  if (RUNTIME.name === "deno") {
    globalThis.addEventListener?.("error", onFatal);
    globalThis.addEventListener?.("unhandledrejection", onFatal);
  }
  try {
    process.prependListener("SIGTERM", onSigterm);
    process.prependListener("SIGINT", onSigint);
    process.on("removeListener", onRemoveListener);
  } catch {
  }
}
function removeHooks() {
  if (!hooksInstalled) return;
  hooksInstalled = false;
  process.off("beforeExit", onBeforeExit);
  process.off("exit", onExit);
  globalThis.removeEventListener?.("error", onFatal);
  globalThis.removeEventListener?.("unhandledrejection", onFatal);
  process.off("SIGTERM", onSigterm);
  process.off("SIGINT", onSigint);
  process.off("removeListener", onRemoveListener);
}
if (!isMainThread && workerData?.tag === WORKER_TAG) {
  const init = workerData;
  parentPort?.on("message", (message) => {
    throw new TypeError(`lockbox worker takes no messages: got ${typeof message}`);
  });
  startConsumer(init, false);
}
export {
  ObservabilityConfigError,
  VERSION,
  getLogger,
  initObservability,
  observabilityStats,
  shutdownObservability
};
