// @ts-self-types="./observability.d.ts"
// deno-fmt-ignore-file
// deno-lint-ignore-file
// lockbox 0.3.2: observability bundle for Node.js >= 20, Bun 1.x and Deno 2
// (observability.{node,bun,deno}.mjs are the same bytes; types: observability.*.d.mts)
// source commit: 18d1000709e6aa01dbf3f348c6fbf8dd5393feb5
// built by scripts/build.ts with esbuild 0.28.2; do not edit, rebuild
// worker script: observability.ts with OpenTelemetry inlined, embedded as the string
// LOCKBOX_WORKER_SOURCE (129363 bytes, sha256 99c26a2497c7ad961df15bf9e8daf8340d9fdd2ff5a514ca73272fd93d48d38e)
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
import { fstatSync, write, writeSync } from "node:fs";
import process from "node:process";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var VERSION = "0.3.2";
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
var FILE_CHUNK = 65536;
var INTERNAL_RESERVE = 64;
var CONSUMER_NAP_MS = 50;
var RING_WAKE_DIVISOR = 4;
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
var WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };
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
var WORKER_SOURCE = true ? '// lockbox worker script: lockbox 0.3.2, source commit 18d1000709e6aa01dbf3f348c6fbf8dd5393feb5; observability.ts with OpenTelemetry inlined, CommonJS run by the bundle\'s worker bootstrap\nvar Vc=Object.create;var Ie=Object.defineProperty;var kc=Object.getOwnPropertyDescriptor;var Bc=Object.getOwnPropertyNames;var Gc=Object.getPrototypeOf,Hc=Object.prototype.hasOwnProperty;var s=(e,t)=>Ie(e,"name",{value:t,configurable:!0});var E=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(n){throw r=[n],n}};var se=(e,t)=>{for(var r in t)Ie(e,r,{get:t[r],enumerable:!0})},Jn=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of Bc(t))!Hc.call(e,o)&&o!==r&&Ie(e,o,{get:()=>t[o],enumerable:!(n=kc(t,o))||n.enumerable});return e};var K=(e,t,r)=>(r=e!=null?Vc(Gc(e)):{},Jn(t||!e||!e.__esModule?Ie(r,"default",{value:e,enumerable:!0}):r,e)),Fc=e=>Jn(Ie({},"__esModule",{value:!0}),e);var Q,dr=E(()=>{Q="1.10.0"});function Kc(e){let t=new Set([e]),r=new Set,n=e.match(Xn);if(!n)return()=>!1;let o={major:+n[1],minor:+n[2],patch:+n[3],prerelease:n[4]};if(o.prerelease!=null)return s(function(u){return u===e},"isExactmatch");function i(c){return r.add(c),!1}s(i,"_reject");function a(c){return t.add(c),!0}return s(a,"_accept"),s(function(u){if(t.has(u))return!0;if(r.has(u))return!1;let _=u.match(Xn);if(!_)return i(u);let l={major:+_[1],minor:+_[2],patch:+_[3],prerelease:_[4]};return l.prerelease!=null||o.major!==l.major?i(u):o.major===0?o.minor===l.minor&&o.patch<=l.patch?a(u):i(u):o.minor<=l.minor?a(u):i(u)},"isCompatible")}var Xn,Qn,qn=E(()=>{dr();Xn=/^(\\d+)\\.(\\d+)\\.(\\d+)(-(.+))?$/;s(Kc,"_makeCompatibilityCheck");Qn=Kc(Q)});function $c(){return Object.defineProperty({},"version",{value:Q,enumerable:!0,writable:!1,configurable:!1})}function q(e,t,r,n=!1){var o;let i=at[it]=(o=at[it])!==null&&o!==void 0?o:$c();if(!n&&i[e]){let a=new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${e}`);return r.error(a.stack||a.message),!1}if(i.version!=="1.10.0"){let a=new Error(`@opentelemetry/api: Registration of version v${i.version} for ${e} does not match previously registered API v${Q}`);return r.error(a.stack||a.message),!1}return i[e]=t,r.debug(`@opentelemetry/api: Registered a global for ${e} v${Q}.`),!0}function B(e){let t=at[it];if(t!=null){if(t!==Zn){if(!t.version||!Qn(t.version))return;Zn=t}return t[e]}}function Z(e,t){t.debug(`@opentelemetry/api: Unregistering a global for ${e} v${Q}.`);let r=at[it];r&&delete r[e]}var Yc,it,at,Zn,le=E(()=>{dr();qn();Yc=Q.split(".")[0],it=Symbol.for(`opentelemetry.js.api.${Yc}`),at=typeof globalThis=="object"?globalThis:typeof self=="object"?self:typeof window=="object"?window:typeof global=="object"?global:{};s($c,"_makeGlobalApi");s(q,"registerGlobal");s(B,"getGlobal");s(Z,"unregisterGlobal")});function De(e,t,r){let n=B("diag");if(n)return n[e](t,...r)}var eo,to=E(()=>{le();eo=class{static{s(this,"DiagComponentLogger")}constructor(e){this._namespace=e.namespace||"DiagComponentLogger"}debug(...e){return De("debug",this._namespace,e)}error(...e){return De("error",this._namespace,e)}info(...e){return De("info",this._namespace,e)}warn(...e){return De("warn",this._namespace,e)}verbose(...e){return De("verbose",this._namespace,e)}};s(De,"logProxy")});function ro(e,t){e<0?e=0:e>9999&&(e=9999),t=t||{};function r(n,o){let i=t[n];return typeof i=="function"&&e>=o?i.bind(t):function(){}}return s(r,"_filterFunc"),{error:r("error",30),warn:r("warn",50),info:r("info",60),debug:r("debug",70),verbose:r("verbose",80)}}var no=E(()=>{s(ro,"createLogLevelDiagLogger")});var zc,I,Se=E(()=>{le();to();no();zc="diag",I=class oo{static{s(this,"DiagAPI")}static instance(){return this._instance||(this._instance=new oo),this._instance}constructor(){function t(o){return function(...i){let a=B("diag");if(a)return a[o](...i)}}s(t,"_logProxy");let r=this,n=s((o,i={logLevel:60})=>{var a;if(o===r){var c;let T=new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");return r.error((c=T.stack)!==null&&c!==void 0?c:T.message),!1}typeof i=="number"&&(i={logLevel:i});let u=B("diag"),_=ro((a=i.logLevel)!==null&&a!==void 0?a:60,o);if(u&&!i.suppressOverrideMessage){var l;let T=(l=new Error().stack)!==null&&l!==void 0?l:"<failed to generate stacktrace>";u.warn(`Current logger will be overwritten from ${T}`),_.warn(`Current logger will overwrite one already registered from ${T}`)}return q("diag",_,r,!0)},"setLogger");r.setLogger=n,r.disable=()=>{Z(zc,r)},r.createComponentLogger=o=>new eo(o),r.verbose=t("verbose"),r.debug=t("debug"),r.info=t("info"),r.warn=t("warn"),r.error=t("error")}}});var so,io=E(()=>{so=Symbol("BaggageEntryMetadata")});function fr(e){return typeof e!="string"&&(Wc.error(`Cannot create baggage metadata from unknown type: ${typeof e}`),e=""),{__TYPE__:so,toString(){return e}}}var Wc,ao=E(()=>{Se();io();Wc=I.instance();s(fr,"baggageEntryMetadataFromString")});function Pe(e){return Symbol.for(e)}var ye,ct=E(()=>{s(Pe,"createContextKey");ye=new class Rr{static{s(this,"BaseContext")}constructor(t){let r=this;r._currentContext=t?new Map(t):new Map,r.getValue=n=>r._currentContext.get(n),r.setValue=(n,o)=>{let i=new Rr(r._currentContext);return i._currentContext.set(n,o),i},r.deleteValue=n=>{let o=new Rr(r._currentContext);return o._currentContext.delete(n),o}}}});function ie(){return ru}var jc,ut,Jc,Xc,Qc,qc,pr,Zc,eu,tu,ru,nu,ou,su,iu,au,cu,uu,co=E(()=>{jc=class{static{s(this,"NoopMeter")}constructor(){}createGauge(e,t){return ou}createHistogram(e,t){return su}createCounter(e,t){return nu}createUpDownCounter(e,t){return iu}createObservableGauge(e,t){return cu}createObservableCounter(e,t){return au}createObservableUpDownCounter(e,t){return uu}addBatchObservableCallback(e,t){}removeBatchObservableCallback(e){}},ut=class{static{s(this,"NoopMetric")}},Jc=class extends ut{static{s(this,"NoopCounterMetric")}add(e,t){}},Xc=class extends ut{static{s(this,"NoopUpDownCounterMetric")}add(e,t){}},Qc=class extends ut{static{s(this,"NoopGaugeMetric")}record(e,t){}},qc=class extends ut{static{s(this,"NoopHistogramMetric")}record(e,t){}},pr=class{static{s(this,"NoopObservableMetric")}addCallback(e){}removeCallback(e){}},Zc=class extends pr{static{s(this,"NoopObservableCounterMetric")}},eu=class extends pr{static{s(this,"NoopObservableGaugeMetric")}},tu=class extends pr{static{s(this,"NoopObservableUpDownCounterMetric")}},ru=new jc,nu=new Jc,ou=new Qc,su=new qc,iu=new Xc,au=new Zc,cu=new eu,uu=new tu;s(ie,"createNoopMeter")});function gr(){return hr}var mr,hr,Et=E(()=>{mr=class{static{s(this,"NoopLogger")}emit(e){}enabled(){return!1}},hr=new mr;s(gr,"createNoopLogger")});var z,uo=E(()=>{z=(function(e){return e[e.UNSPECIFIED=0]="UNSPECIFIED",e[e.TRACE=1]="TRACE",e[e.TRACE2=2]="TRACE2",e[e.TRACE3=3]="TRACE3",e[e.TRACE4=4]="TRACE4",e[e.DEBUG=5]="DEBUG",e[e.DEBUG2=6]="DEBUG2",e[e.DEBUG3=7]="DEBUG3",e[e.DEBUG4=8]="DEBUG4",e[e.INFO=9]="INFO",e[e.INFO2=10]="INFO2",e[e.INFO3=11]="INFO3",e[e.INFO4=12]="INFO4",e[e.WARN=13]="WARN",e[e.WARN2=14]="WARN2",e[e.WARN3=15]="WARN3",e[e.WARN4=16]="WARN4",e[e.ERROR=17]="ERROR",e[e.ERROR2=18]="ERROR2",e[e.ERROR3=19]="ERROR3",e[e.ERROR4=20]="ERROR4",e[e.FATAL=21]="FATAL",e[e.FATAL2=22]="FATAL2",e[e.FATAL3=23]="FATAL3",e[e.FATAL4=24]="FATAL4",e})({})});var _t,Eo=E(()=>{_t=(function(e){return e[e.NONE=0]="NONE",e[e.SAMPLED=1]="SAMPLED",e})({})});var Eu,_u,_o,To=E(()=>{Eu="0000000000000000",_u="00000000000000000000000000000000",_o={traceId:_u,spanId:Eu,traceFlags:0}});var ee,Tt=E(()=>{To();ee=class{static{s(this,"NonRecordingSpan")}constructor(e=_o){this._spanContext=e}spanContext(){return this._spanContext}setAttribute(e,t){return this}setAttributes(e){return this}addEvent(e,t){return this}addLink(e){return this}addLinks(e){return this}setStatus(e){return this}updateName(e){return this}end(e){}isRecording(){return!1}recordException(e,t){}}});function lo(e,t){if(typeof e!="string"||e.length!==t)return!1;let r=0;for(let n=0;n<e.length;n+=4)r+=(lt[e.charCodeAt(n)]|0)+(lt[e.charCodeAt(n+1)]|0)+(lt[e.charCodeAt(n+2)]|0)+(lt[e.charCodeAt(n+3)]|0);return r===t}function So(e){return lo(e,32)&&e!=="00000000000000000000000000000000"}function Ao(e){return lo(e,16)&&e!=="0000000000000000"}function W(e){return So(e.traceId)&&Ao(e.spanId)}function fo(e){return new ee(e)}var lt,St=E(()=>{Tt();lt=new Uint8Array([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1]);s(lo,"isValidHex");s(So,"isValidTraceId");s(Ao,"isValidSpanId");s(W,"isSpanContextValid");s(fo,"wrapSpanContext")});var Ro,po=E(()=>{ct();Ro=class{static{s(this,"NoopContextManager")}active(){return ye}with(e,t,r,...n){return t.call(r,...n)}bind(e,t){return t}enable(){return this}disable(){return this}attach(e){return{dispose(){}}}}});var Or,Tu,lu,Ae,At=E(()=>{le();Se();po();Or="context",Tu=new Ro,lu=Object.freeze({dispose:s(()=>{},"dispose")}),Ae=class mo{static{s(this,"ContextAPI")}constructor(){this._attachUnsupportedWarned=!1}static getInstance(){return this._instance||(this._instance=new mo),this._instance}setGlobalContextManager(t){return q(Or,t,I.instance())}active(){return this._getContextManager().active()}with(t,r,n,...o){return this._getContextManager().with(t,r,n,...o)}bind(t,r){return this._getContextManager().bind(t,r)}attach(t){let r=this._getContextManager();return r.attach?r.attach(t):(this._attachUnsupportedWarned||(this._attachUnsupportedWarned=!0,I.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.")),lu)}_getContextManager(){return B(Or)||Tu}disable(){this._getContextManager().disable(),Z(Or,I.instance())}}});function dt(e){return e.getValue(Nr)||void 0}function ho(){return dt(Ae.getInstance().active())}function Ue(e,t){return e.setValue(Nr,t)}function go(e){return e.deleteValue(Nr)}function Oo(e,t){return Ue(e,new ee(t))}function ft(e){var t;return(t=dt(e))===null||t===void 0?void 0:t.spanContext()}var Nr,Lr=E(()=>{ct();At();Tt();Nr=Pe("OpenTelemetry Context Key SPAN");s(dt,"getSpan");s(ho,"getActiveSpan");s(Ue,"setSpan");s(go,"deleteSpan");s(Oo,"setSpanContext");s(ft,"getSpanContext")});function Su(e){return e!==null&&typeof e=="object"&&"spanId"in e&&typeof e.spanId=="string"&&"traceId"in e&&typeof e.traceId=="string"&&"traceFlags"in e&&typeof e.traceFlags=="number"}var Cr,Rt,br=E(()=>{At();Tt();Lr();St();Cr=Ae.getInstance(),Rt=class{static{s(this,"NoopTracer")}startSpan(e,t,r=Cr.active()){if(t?.root)return new ee;let n=r&&ft(r);return Su(n)&&W(n)?new ee(n):new ee}startActiveSpan(e,t,r,n){var o;let i,a,c;if(arguments.length<2)return;arguments.length===2?c=t:arguments.length===3?(i=t,c=r):(i=t,a=r,c=n);let u=(o=a)!==null&&o!==void 0?o:Cr.active(),_=this.startSpan(e,i,u),l=Ue(u,_);return Cr.with(l,c,void 0,_)}};s(Su,"isSpanContext")});var Au,No,Lo=E(()=>{br();Au=new Rt,No=class{static{s(this,"ProxyTracer")}constructor(e,t,r,n){this._provider=e,this.name=t,this.version=r,this.options=n}startSpan(e,t,r){return this._getTracer().startSpan(e,t,r)}startActiveSpan(e,t,r,n){let o=this._getTracer();return Reflect.apply(o.startActiveSpan,o,arguments)}_getTracer(){if(this._delegate)return this._delegate;let e=this._provider.getDelegateTracer(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):Au}}});var Co,bo=E(()=>{br();Co=class{static{s(this,"NoopTracerProvider")}getTracer(e,t,r){return new Rt}}});var du,Mr,Mo=E(()=>{Lo();bo();du=new Co,Mr=class{static{s(this,"ProxyTracerProvider")}getTracer(e,t,r){var n;return(n=this.getDelegateTracer(e,t,r))!==null&&n!==void 0?n:new No(this,e,t,r)}getDelegate(){var e;return(e=this._delegate)!==null&&e!==void 0?e:du}setDelegate(e){this._delegate=e}getDelegateTracer(e,t,r){var n;return(n=this._delegate)===null||n===void 0?void 0:n.getTracer(e,t,r)}}});var j,Io=E(()=>{At();j=Ae.getInstance()});var S,Do=E(()=>{Se();S=I.instance()});var fu,Po,yo=E(()=>{Et();fu=class{static{s(this,"NoopLoggerProvider")}getLogger(e,t,r){return new mr}},Po=new fu});var Uo,wo=E(()=>{Et();Uo=class{static{s(this,"ProxyLogger")}constructor(e,t,r,n){this._provider=e,this.name=t,this.version=r,this.options=n}emit(e){this._getLogger().emit(e)}enabled(e){return this._getLogger().enabled(e)}_getLogger(){if(this._delegate)return this._delegate;let e=this._provider._getDelegateLogger(this.name,this.version,this.options);return e?(this._delegate=e,this._delegate):hr}}});var Ir,xo=E(()=>{yo();wo();Ir=class{static{s(this,"ProxyLoggerProvider")}getLogger(e,t,r){var n;return(n=this._getDelegateLogger(e,t,r))!==null&&n!==void 0?n:new Uo(this,e,t,r)}_getDelegate(){var e;return(e=this._delegate)!==null&&e!==void 0?e:Po}_setDelegate(e){this._delegate=e}_getDelegateLogger(e,t,r){var n;return(n=this._delegate)===null||n===void 0?void 0:n.getLogger(e,t,r)}}});var Dr,vo,ko=E(()=>{le();Se();xo();Dr="logs",vo=class Vo{static{s(this,"LogsAPI")}constructor(){this._proxyLoggerProvider=new Ir}static getInstance(){return this._instance||(this._instance=new Vo),this._instance}setGlobalLoggerProvider(t){let r=q(Dr,t,I.instance());return r&&this._proxyLoggerProvider._setDelegate(t),r}getLoggerProvider(){return B(Dr)||this._proxyLoggerProvider}getLogger(t,r,n){return this.getLoggerProvider().getLogger(t,r,n)}disable(){Z(Dr,I.instance()),this._proxyLoggerProvider=new Ir}}});var Pr,Bo=E(()=>{ko();Pr=vo.getInstance()});var yr,Go,Fo=E(()=>{le();Se();Lr();St();Mo();yr="trace",Go=class Ho{static{s(this,"TraceAPI")}constructor(){this._proxyTracerProvider=new Mr,this.wrapSpanContext=fo,this.isSpanContextValid=W,this.deleteSpan=go,this.getSpan=dt,this.getActiveSpan=ho,this.getSpanContext=ft,this.setSpan=Ue,this.setSpanContext=Oo}static getInstance(){return this._instance||(this._instance=new Ho),this._instance}setGlobalTracerProvider(t){let r=q(yr,this._proxyTracerProvider,I.instance());return r&&this._proxyTracerProvider.setDelegate(t),r}getTracerProvider(){return B(yr)||this._proxyTracerProvider}getTracer(t,r){return this.getTracerProvider().getTracer(t,r)}disable(){Z(yr,I.instance()),this._proxyTracerProvider=new Mr}}});var ae,Ko=E(()=>{Fo();ae=Go.getInstance()});var m=E(()=>{ao();ct();co();Et();uo();Eo();St();Io();Do();Bo();Ko()});var Yo={};se(Yo,{ROOT_CONTEXT:()=>ye,SeverityNumber:()=>z,context:()=>j,diag:()=>S,logs:()=>Pr,trace:()=>ae});var $o=E(()=>{m()});var de,zo=E(()=>{de=s(e=>e!==null&&typeof e=="object"&&typeof e.then=="function","isPromiseLike")});function Ur(e){return e.setValue(pu,!0)}var pu,Wo=E(()=>{m();pu=Pe("OpenTelemetry SDK Context Key SUPPRESS_TRACING");s(Ur,"suppressTracing")});function mu(e){if(!e)return;let t=e.indexOf(";"),r=t===-1?e:e.substring(0,t),n=r.indexOf("=");if(n<=0)return;let o=r.substring(0,n).trim(),i=r.substring(n+1).trim();if(!o||!i)return;let a,c;try{a=decodeURIComponent(o),c=decodeURIComponent(i)}catch{return}let u;if(t!==-1&&t<e.length-1){let _=e.substring(t+1);u=fr(_)}return{key:a,value:c,metadata:u}}function fe(e){let t={};return typeof e=="string"&&e.length>0&&e.split(",").forEach(r=>{let n=mu(r);n!==void 0&&n.value.length>0&&(t[n.key]=n.value)}),t}var jo=E(()=>{m();s(mu,"parsePairKeyValue");s(fe,"parseKeyPairsIntoRecord")});function xr(e){return hu(e,Jo)}function hu(e,t){if(e.value===void 0)return 0;if(e.key.length===0)return S.warn(`Invalid attribute key: ${e.key}`),1;let r=!Object.hasOwn(e.attributes,e.key);if(r&&e.currentAttributesCount>=e.limits.attributeCountLimit)return 2;if(!t(e.value))return S.warn(`Invalid attribute value set for key: ${e.key}`),1;let n=e.limits.attributeValueLengthLimit;return n<=0&&(S.warn(`Invalid attributeValueLengthLimit: must be positive, got ${n} (ignoring)`),n=1/0),e.attributes[e.key]=pt(e.value,n),r?3:4}function vr(e,t){return gu(e,t,ht)}function gu(e,t,r){if(typeof e!="object"||e==null)return{};let n={},o=0,i=t.attributeValueLengthLimit;i<=0&&(S.warn(`Invalid attributeValueLengthLimit: must be positive, got ${i} (ignoring)`),i=1/0);let a=0;for(let[c,u]of Object.entries(e))if(u!==void 0){if(a>=t.attributeCountLimit){o++;continue}if(c.length===0){S.warn(`Invalid attribute key: ${c}`),o++;continue}if(!r(u)){S.warn(`Invalid attribute value set for key: ${c}`),o++;continue}n[c]=pt(u,i),a++}return{attributes:n,droppedAttributesCount:o}}function Jo(e){return wr(e,new WeakSet)}function wr(e,t){switch(typeof e){case"undefined":case"bigint":case"symbol":case"function":return!1;case"string":case"number":case"boolean":return!0;case"object":break;default:return!1}if(e===null||e instanceof Uint8Array)return!0;if(t.has(e))return!1;t.add(e);let r=Ou(e,t);return t.delete(e),r}function Ou(e,t){if(Array.isArray(e)){for(let n of e)if(n!==void 0&&!wr(n,t))return!1;return!0}let r=e;if(r.constructor!==Object&&r.constructor!==void 0)return!1;for(let n of Object.keys(r)){let o=r[n];if(o!==void 0&&!wr(o,t))return!1}return!0}function pt(e,t){switch(typeof e){case"number":case"boolean":case"undefined":case"bigint":case"symbol":case"function":return e;case"string":return e.length<=t?e:e.substring(0,t);case"object":break;default:return e}if(e===null)return e;if(e instanceof Uint8Array)return e.length<=t?e:e.slice(0,t);if(Array.isArray(e))return e.map(o=>pt(o,t));let r={},n=e;for(let o of Object.keys(n))n[o]!==void 0&&(r[o]=pt(n[o],t));return r}function ht(e){return Array.isArray(e)?Nu(e):Xo(typeof e)}function Nu(e){let t;for(let r of e){if(r==null)continue;let n=typeof r;if(n!==t){if(!t){if(Xo(n)){t=n;continue}return!1}return!1}}return!0}function Xo(e){switch(e){case"number":case"boolean":case"string":return!0}return!1}var mt,Qo=E(()=>{m();mt=(function(e){return e[e.DROP_UNDEFINED=0]="DROP_UNDEFINED",e[e.DROP_INVALID=1]="DROP_INVALID",e[e.DROP_LIMIT_REACHED=2]="DROP_LIMIT_REACHED",e[e.ADD_NEW=3]="ADD_NEW",e[e.ADD_OVERWRITE_EXISTING=4]="ADD_OVERWRITE_EXISTING",e})({});s(xr,"maybeAddAttribute");s(hu,"maybeAddAttributeInternal");s(vr,"cleanSimpleAttributes");s(gu,"cleanAttributesInternal");s(Jo,"isAnyValue");s(wr,"isAnyValueInternal");s(Ou,"isAnyValueObject");s(pt,"copyAndTruncAnyValue");s(ht,"isSimpleAttributeValue");s(Nu,"isHomogeneousAttributeValueArray");s(Xo,"isValidPrimitiveAttributeValueType")});function qo(){return e=>{S.error(Lu(e))}}function Lu(e){return typeof e=="string"?e:JSON.stringify(Cu(e))}function Cu(e){let t={},r=e;for(;r!==null;)Object.getOwnPropertyNames(r).forEach(n=>{if(t[n])return;let o=r[n];o&&(t[n]=String(o))}),r=Object.getPrototypeOf(r);return t}var Zo=E(()=>{m();s(qo,"loggingErrorHandler");s(Lu,"stringifyException");s(Cu,"flattenException")});function we(e){try{bu(e)}catch{}}var bu,es=E(()=>{Zo();bu=qo();s(we,"globalErrorHandler")});function xe(e){let t=e/1e3;return[Math.trunc(t),Math.round(e%1e3*Mu)]}function ve(e){return rs(xe(performance.timeOrigin),xe(typeof e=="number"?e:performance.now()))}function Ot(e){if(ts(e))return e;if(typeof e=="number")return e<performance.timeOrigin/2?ve(e):xe(e);if(e instanceof Date)return xe(e.getTime());throw TypeError("Invalid input type")}function Vr(e,t){let r=t[0]-e[0],n=t[1]-e[1];return n<0&&(r-=1,n+=gt),[r,n]}function kr(e){return e[0]*gt+e[1]}function Br(e){return e[0]*1e3+e[1]/1e6}function ts(e){return Array.isArray(e)&&e.length===2&&typeof e[0]=="number"&&typeof e[1]=="number"}function rs(e,t){let r=[e[0]+t[0],e[1]+t[1]];return r[1]>=gt&&(r[1]-=gt,r[0]+=1),r}var Mu,gt,ns=E(()=>{Mu=Math.pow(10,6),gt=Math.pow(10,9);s(xe,"millisToHrTime");s(ve,"hrTime");s(Ot,"timeInputToHrTime");s(Vr,"hrTimeDuration");s(kr,"hrTimeToNanoseconds");s(Br,"hrTimeToMilliseconds");s(ts,"isTimeInputHrTime");s(rs,"addHrTimes")});var G,os=E(()=>{G=(function(e){return e[e.SUCCESS=0]="SUCCESS",e[e.FAILED=1]="FAILED",e})({})});function Gr(e,t){let r,n=new Promise(s(function(i,a){r=setTimeout(s(function(){a(new ss("Operation timed out."))},"timeoutHandler"),t)},"timeoutFunction"));return Promise.race([e,n]).then(o=>(clearTimeout(r),o),o=>{throw clearTimeout(r),o})}var ss,as=E(()=>{ss=class is extends Error{static{s(this,"TimeoutError")}constructor(t){super(t),Object.setPrototypeOf(this,is.prototype)}};s(Gr,"callWithTimeout")});var cs,us=E(()=>{cs=class{static{s(this,"Deferred")}_promise;_resolve;_reject;constructor(){this._promise=new Promise((e,t)=>{this._resolve=e,this._reject=t})}get promise(){return this._promise}resolve(e){this._resolve(e)}reject(e){this._reject(e)}}});var Ve,Es=E(()=>{us();Ve=class{static{s(this,"BindOnceFuture")}_isCalled=!1;_deferred=new cs;_callback;_that;constructor(e,t){this._callback=e,this._that=t}get isCalled(){return this._isCalled}get promise(){return this._deferred.promise}call(...e){if(!this._isCalled){this._isCalled=!0;try{Promise.resolve(this._callback.call(this._that,...e)).then(t=>this._deferred.resolve(t),t=>this._deferred.reject(t))}catch(t){this._deferred.reject(t)}}return this._deferred.promise}}});function Nt(e){let t=process.env[e];if(t==null||t.trim()==="")return;let r=Number(t);if(isNaN(r)){S.warn(`Unknown value ${(0,_s.inspect)(t)} for ${e}, expected a number, using defaults`);return}return r}function H(e){let t=process.env[e];if(!(t==null||t.trim()===""))return t}var _s,Ts=E(()=>{m();_s=require("node:util");s(Nt,"getNumberFromEnv");s(H,"getStringFromEnv")});var ls,Ss=E(()=>{ls="3.1.0"});var As,ds=E(()=>{As="process.runtime.name"});var Re,Lt,pe,Hr,me,Fr,he,ge,fs=E(()=>{Re="exception.message",Lt="exception.stacktrace",pe="exception.type",Hr="service.name",me="telemetry.sdk.language",Fr="nodejs",he="telemetry.sdk.name",ge="telemetry.sdk.version"});var Ct=E(()=>{fs()});var Oe,Rs=E(()=>{Ss();ds();Ct();Oe={[he]:"opentelemetry",[As]:"node",[me]:Fr,[ge]:ls}});var ps=E(()=>{Ts();Rs()});var F=E(()=>{Wo();jo();Qo();es();ns();os();as();Es();ps()});function Kr(){if(bt===void 0)try{let e=globalThis.process.argv0;bt=e?`unknown_service:${e}`:"unknown_service"}catch{bt="unknown_service"}return bt}var bt,ms=E(()=>{s(Kr,"defaultServiceName")});var hs=E(()=>{ms()});function Mt(e,t){return Pu.FromAttributeList(Object.entries(e),t)}function ke(){return Mt({[Hr]:Kr(),[me]:Oe[me],[he]:Oe[he],[ge]:Oe[ge]})}function gs(e){return e.map(([t,r])=>de(r)?[t,r.then(n=>n,n=>{S.debug("promise rejection for resource attribute: %s - %s",t,n)})]:[t,r])}function yu(e){if(typeof e=="string"||e===void 0)return e;S.warn("Schema URL must be string or undefined, got %s. Schema URL will be ignored.",e)}function Uu(e,t){let r=e?.schemaUrl,n=t?.schemaUrl,o=r===void 0||r==="",i=n===void 0||n==="";if(o)return n;if(i||r===n)return r;S.warn(\'Schema URL merge conflict: old resource has "%s", updating resource has "%s". Resulting resource will have undefined Schema URL.\',r,n)}var Pu,Os=E(()=>{zo();m();F();Ct();hs();Pu=class Yr{static{s(this,"ResourceImpl")}_rawAttributes;_asyncAttributesPending=!1;_schemaUrl;_memoizedAttributes;static FromAttributeList(t,r){let n=new Yr({},r);return n._rawAttributes=gs(t),n._asyncAttributesPending=t.filter(([o,i])=>de(i)).length>0,n}constructor(t,r){let n=t.attributes??{};this._rawAttributes=Object.entries(n).map(([o,i])=>(de(i)&&(this._asyncAttributesPending=!0),[o,i])),this._rawAttributes=gs(this._rawAttributes),this._schemaUrl=yu(r?.schemaUrl)}get asyncAttributesPending(){return this._asyncAttributesPending}async waitForAsyncAttributes(){if(this.asyncAttributesPending){for(let t=0;t<this._rawAttributes.length;t++){let[r,n]=this._rawAttributes[t];this._rawAttributes[t]=[r,de(n)?await n:n]}this._asyncAttributesPending=!1}}get attributes(){if(this.asyncAttributesPending&&S.error("Accessing resource attributes before async attributes settled"),this._memoizedAttributes)return this._memoizedAttributes;let t={};for(let[r,n]of this._rawAttributes){if(de(n)){S.debug(`Unsettled resource attribute ${r} skipped`);continue}Object.hasOwn(t,r)||(r.length===0?S.warn("dropping invalid resource attribute key: <empty string>"):ht(n)?t[r]=n:S.warn(`dropping invalid resource attribute value for key "${r}"`))}return this._asyncAttributesPending||(this._memoizedAttributes=t),t}getRawAttributes(){return this._rawAttributes}get schemaUrl(){return this._schemaUrl}merge(t){if(t==null)return this;let r=Uu(this,t),n=r?{schemaUrl:r}:void 0;return Yr.FromAttributeList([...t.getRawAttributes(),...this.getRawAttributes()],n)}};s(Mt,"resourceFromAttributes");s(ke,"defaultResource");s(gs,"guardedRawAttributes");s(yu,"validateSchemaUrl");s(Uu,"mergeSchemaUrl")});var $r=E(()=>{Os()});var Ns={};se(Ns,{defaultResource:()=>ke,resourceFromAttributes:()=>Mt});var Ls=E(()=>{$r()});var Cs,bs=E(()=>{m();F();Ct();Cs=class{static{s(this,"LogRecordImpl")}resource;instrumentationScope;attributes={};_hrTime;_hrTimeObserved;_spanContext;_severityText;_severityNumber;_body;_eventName;_attributesCount=0;_droppedAttributesCount=0;_isReadonly=!1;_logRecordLimits;get hrTime(){return this._hrTime}set hrTime(e){this._isLogRecordReadonly()||(this._hrTime=e)}get hrTimeObserved(){return this._hrTimeObserved}set hrTimeObserved(e){this._isLogRecordReadonly()||(this._hrTimeObserved=e)}get spanContext(){return this._spanContext}set spanContext(e){this._isLogRecordReadonly()||(this._spanContext=e)}set severityText(e){this._isLogRecordReadonly()||(this._severityText=e)}get severityText(){return this._severityText}set severityNumber(e){this._isLogRecordReadonly()||(this._severityNumber=e)}get severityNumber(){return this._severityNumber}set body(e){this._isLogRecordReadonly()||(this._body=e)}get body(){return this._body}get eventName(){return this._eventName}set eventName(e){this._isLogRecordReadonly()||(this._eventName=e)}get droppedAttributesCount(){return this._droppedAttributesCount}constructor(e,t,r){let{timestamp:n,observedTimestamp:o,eventName:i,severityNumber:a,severityText:c,body:u,attributes:_={},exception:l,context:T}=r,d=Date.now();if(this._hrTime=Ot(n??d),this._hrTimeObserved=Ot(o??d),T){let f=ae.getSpanContext(T);f&&W(f)&&(this._spanContext=f)}this.severityNumber=a,this.severityText=c,this.body=u,this.resource=e.resource,this.instrumentationScope=t,this._logRecordLimits=e.logRecordLimits,this._eventName=i,this.setAttributes(_),l!=null&&this._setException(l)}setAttribute(e,t){if(this._isLogRecordReadonly())return this;let r=xr({key:e,value:t,attributes:this.attributes,limits:this._logRecordLimits,currentAttributesCount:this._attributesCount});return r===mt.DROP_LIMIT_REACHED?(this._droppedAttributesCount++,this._droppedAttributesCount===1&&S.warn("Dropping extra attributes.")):r===mt.ADD_NEW&&this._attributesCount++,this}setAttributes(e){for(let[t,r]of Object.entries(e))this.setAttribute(t,r);return this}setBody(e){return this.body=e,this}setEventName(e){return this.eventName=e,this}setSeverityNumber(e){return this.severityNumber=e,this}setSeverityText(e){return this.severityText=e,this}_makeReadonly(){this._isReadonly=!0}_setException(e){let t=!1;if(typeof e=="string"||typeof e=="number")Object.hasOwn(this.attributes,Re)||this.setAttribute(Re,String(e)),t=!0;else if(e&&typeof e=="object"){let r=e;r.code?(Object.hasOwn(this.attributes,pe)||this.setAttribute(pe,r.code.toString()),t=!0):r.name&&(Object.hasOwn(this.attributes,pe)||this.setAttribute(pe,r.name),t=!0),r.message&&(Object.hasOwn(this.attributes,Re)||this.setAttribute(Re,r.message),t=!0),r.stack&&(Object.hasOwn(this.attributes,Lt)||this.setAttribute(Lt,r.stack),t=!0)}t||S.warn(`Failed to record an exception ${e}`)}_isLogRecordReadonly(){return this._isReadonly&&S.warn("Can not execute the operation on emitted log record"),this._isReadonly}}});var Ms,Is=E(()=>{bs();m();Ms=class{static{s(this,"Logger$1")}_instrumentationScope;_sharedState;_loggerConfig;constructor(e,t){this._instrumentationScope=e,this._sharedState=t,this._loggerConfig=this._sharedState.getLoggerConfig(this._instrumentationScope)}emit(e){let t=e.context||j.active();if(!this.enabled(e))return;let r=new Cs(this._sharedState,this._instrumentationScope,{context:t,...e});this._sharedState.loggerMetrics.emitLog(),this._sharedState.activeProcessor.onEmit(r,t),r._makeReadonly()}enabled(e){if(this._sharedState.hasShutdown)return!1;let t=this._loggerConfig;if(!t.enabled)return!1;let r=e?.severityNumber;if(typeof r=="number"&&r!==z.UNSPECIFIED&&r<t.minimumSeverity)return!1;let n=e?.context||j.active();if(t.traceBased){let i=ae.getSpanContext(n);if(i&&W(i)&&(i.traceFlags&_t.SAMPLED)!==_t.SAMPLED)return!1}let o={context:n,instrumentationScope:this._instrumentationScope,severityNumber:e?.severityNumber,eventName:e?.eventName};for(let i of this._sharedState.processors)if(!i.enabled||i.enabled(o))return!0;return!1}}});function zr(e){if(e===void 0)return["u",null];if(e===null)return["n",null];let t=typeof e;return t==="string"?["s",e]:t==="boolean"?["b",e]:t==="number"?Number.isNaN(e)?["nan",null]:e===1/0?["inf",null]:e===-1/0?["-inf",null]:Object.is(e,-0)?["n0",null]:["d",e]:e instanceof Uint8Array?["bytes",Array.from(e)]:Array.isArray(e)?["arr",e.map(zr)]:["map",Object.entries(e).sort(([r],[n])=>r.localeCompare(n)).map(([r,n])=>[r,zr(n)])]}function It(e){return JSON.stringify([e.name,e.version||"",e.schemaUrl||"",zr(e.attributes??{}),e.droppedAttributesCount??0])}var Wr=E(()=>{s(zr,"normalizeAnyValue");s(It,"getInstrumentationScopeKey")});var Ds,Ps=E(()=>{Ds=class{static{s(this,"NoopLogRecordProcessor")}forceFlush(){return Promise.resolve()}onEmit(e,t){}shutdown(){return Promise.resolve()}enabled(e){return!1}}});var ys,Us=E(()=>{F();ys=class{static{s(this,"MultiLogRecordProcessor")}processors;constructor(e){this.processors=e}async forceFlush(e){let t=e?.timeoutMillis??3e4;await Promise.all(this.processors.map(r=>Gr(r.forceFlush(),t)))}onEmit(e,t){this.processors.forEach(r=>r.onEmit(e,t))}async shutdown(){await Promise.all(this.processors.map(e=>e.shutdown()))}enabled(e){for(let t of this.processors)if(!t.enabled||t.enabled(e))return!0;return!1}}});var ws,xs,vs,Vs,ks,Bs,Gs,jr,Dt=E(()=>{ws="otel.sdk.log.created",xs="otel.sdk.processor.log.processed",vs="otel.sdk.processor.log.queue.capacity",Vs="otel.sdk.processor.log.queue.size",ks="otel.component.name",Bs="otel.component.type",Gs="batching_log_processor",jr="error.type"});var Hs,Fs=E(()=>{Dt();Hs=class{static{s(this,"LoggerMetrics")}createdLogs;constructor(e){this.createdLogs=e.createCounter(ws,{unit:"{log_record}",description:"The number of logs submitted to enabled SDK Loggers."})}emitLog(){this.createdLogs.add(1)}}});var Ks,Ys=E(()=>{Ks="3.1.0"});var wu,Jr,$s,zs=E(()=>{Ps();Us();Wr();Fs();Ys();m();wu={enabled:!0,minimumSeverity:z.UNSPECIFIED,traceBased:!1},Jr=s(()=>({...wu}),"DEFAULT_LOGGER_CONFIGURATOR"),$s=class{static{s(this,"LoggerProviderSharedState")}loggers=new Map;activeProcessor;registeredLogRecordProcessors=[];resource;logRecordLimits;processors;loggerMetrics;hasShutdown=!1;_loggerConfigurator;_loggerConfigs=new Map;constructor(e,t,r,n,o){this.resource=e,this.logRecordLimits=t,this.processors=r,r.length>0?(this.registeredLogRecordProcessors=r,this.activeProcessor=new ys(this.registeredLogRecordProcessors)):this.activeProcessor=new Ds,this._loggerConfigurator=n??Jr;let i=o?o.getMeter("@opentelemetry/sdk-logs",Ks):ie();this.loggerMetrics=new Hs(i)}getLoggerConfig(e){let t=It(e),r=this._loggerConfigs.get(t);return r||(r=this._loggerConfigurator(e),this._loggerConfigs.set(t,r),r)}}});var Xr,Ws=E(()=>{Is();Wr();zs();m();$r();F();Xr=class{static{s(this,"LoggerProvider$1")}_shutdownOnce;_sharedState;constructor(e={}){let t={resource:e.resource??ke(),logRecordLimits:{attributeCountLimit:e.logRecordLimits?.attributeCountLimit??128,attributeValueLengthLimit:e.logRecordLimits?.attributeValueLengthLimit??1/0},loggerConfigurator:e.loggerConfigurator??Jr,processors:e.processors??[],meterProvider:e.meterProvider};this._sharedState=new $s(t.resource,t.logRecordLimits,t.processors,t.loggerConfigurator,t.meterProvider),this._shutdownOnce=new Ve(this._shutdown,this)}getLogger(e,t,r){if(this._shutdownOnce.isCalled)return S.warn("A shutdown LoggerProvider cannot provide a Logger"),gr();e||S.warn("Logger requested without instrumentation scope name.");let n={name:e||"unknown",version:t,schemaUrl:r?.schemaUrl,...vr(r?.attributes,this._sharedState.logRecordLimits)},o=It(n);return this._sharedState.loggers.has(o)||this._sharedState.loggers.set(o,new Ms(n,this._sharedState)),this._sharedState.loggers.get(o)}forceFlush(e){return this._shutdownOnce.isCalled?(S.warn("invalid attempt to force flush after LoggerProvider shutdown"),this._shutdownOnce.promise):this._sharedState.activeProcessor.forceFlush(e)}shutdown(){return this._shutdownOnce.isCalled?(S.warn("shutdown may only be called once per LoggerProvider"),this._shutdownOnce.promise):this._shutdownOnce.call()}_shutdown(){return this._sharedState.hasShutdown=!0,this._sharedState.activeProcessor.shutdown()}}});var js,Js,Xs=E(()=>{Dt();js=new Map,Js=class{static{s(this,"LogRecordProcessorMetrics")}processedLogs;queueSize;queueSizeCallback;standardAttrs;droppedAttrs;constructor(e,t,r){let n=js.get(e)??0;if(js.set(e,n+1),this.standardAttrs={[Bs]:e,[ks]:`${e}/${n}`},this.droppedAttrs={...this.standardAttrs,[jr]:"queue_full"},this.processedLogs=t.createCounter(xs,{unit:"{log_record}",description:"The number of log records for which the processing has finished, either successful or failed."}),r){let{capacity:o,getQueueSize:i}=r;t.createUpDownCounter(vs,{unit:"{log_record}",description:"The maximum number of log records the queue of a given instance of an SDK log processor can hold."}).add(o,this.standardAttrs),this.queueSize=t.createObservableUpDownCounter(Vs,{unit:"{log_record}",description:"The number of log records in the queue of a given instance of an SDK log processor."}),this.queueSizeCallback=a=>a.observe(i(),this.standardAttrs),this.queueSize.addCallback(this.queueSizeCallback)}}dropLogs(e){this.processedLogs.add(e,this.droppedAttrs)}finishLogs(e,t){if(!t){this.processedLogs.add(e,this.standardAttrs);return}let r={...this.standardAttrs,[jr]:t.name};this.processedLogs.add(e,r)}shutdown(){this.queueSize&&this.queueSizeCallback&&this.queueSize.removeCallback(this.queueSizeCallback)}}});async function xu(e){let t=null;for(let r=0,n=e.length;r<n;r++){let o=e[r].resource;o.asyncAttributesPending&&o.waitForAsyncAttributes&&(t??=new Set,t.add(o))}t!==null&&await Promise.all(Array.from(t,r=>r.waitForAsyncAttributes?.()))}function vu(e){let t=e;typeof t!="number"&&t.unref?.()}var Qs,qs,Zs=E(()=>{Dt();Xs();m();F();s(xu,"waitForResources");Qs=class{static{s(this,"ExportOperation")}_exportCompleted;_exportScheduledPromise;_metrics;_exportScheduledResolve;constructor(e,t,r,n){this._exportScheduledPromise=new Promise(o=>{this._exportScheduledResolve=o}),this._exportCompleted=this._executeExport(e,t,r),this._metrics=n}get exportCompleted(){return this._exportCompleted}get exportScheduled(){return this._exportScheduledPromise}async _executeExport(e,t,r){try{await xu(t),await j.with(Ur(j.active()),async()=>this._exportWithTimeout(e,t,r))}catch(n){we(n),this._exportScheduledResolve()}}async _exportWithTimeout(e,t,r){return new Promise((n,o)=>{let i=setTimeout(()=>{o(new Error("Timeout"))},r);e.export(t,a=>{this._metrics.finishLogs(t.length,a.error),clearTimeout(i),a.code===G.SUCCESS?n():o(a.error??new Error("BatchLogRecordProcessor: log record export failed"))}),this._exportScheduledResolve()})}},qs=class{static{s(this,"BatchLogRecordProcessorBase")}_maxExportBatchSize;_maxQueueSize;_scheduledDelayMillis;_exportTimeoutMillis;_exporter;_metrics;_currentExport=null;_finishedLogRecords=[];_timer;_shutdownOnce;_flushing=!1;constructor(e){this._exporter=e.exporter,this._maxExportBatchSize=e.maxExportBatchSize??512,this._maxQueueSize=e.maxQueueSize??2048,this._scheduledDelayMillis=e.scheduledDelayMillis??1e3,this._exportTimeoutMillis=e.exportTimeoutMillis??3e4,this._shutdownOnce=new Ve(this._shutdown,this),this._maxExportBatchSize>this._maxQueueSize&&(S.warn("BatchLogRecordProcessor: maxExportBatchSize must be smaller or equal to maxQueueSize, setting maxExportBatchSize to match maxQueueSize"),this._maxExportBatchSize=this._maxQueueSize);let t=e?.selfObsMeterProvider?e.selfObsMeterProvider.getMeter("@opentelemetry/sdk-logs"):ie();this._metrics=new Js(Gs,t,{capacity:this._maxQueueSize,getQueueSize:s(()=>this._finishedLogRecords.length,"getQueueSize")})}onEmit(e){this._shutdownOnce.isCalled||this._addToBuffer(e)}forceFlush(){return this._shutdownOnce.isCalled?this._shutdownOnce.promise:this._flushAll()}_addToBuffer(e){if(this._finishedLogRecords.length>=this._maxQueueSize){this._metrics.dropLogs(1);return}this._finishedLogRecords.push(e),this._maybeStartTimer()}shutdown(){return this._shutdownOnce.call()}async _shutdown(){this.onShutdown(),await this._flushAll(),this._metrics.shutdown(),await this._exporter.shutdown()}async _flushAll(){if(this._flushing)return;this._flushing=!0;let e=this._finishedLogRecords;this._finishedLogRecords=[],this._clearTimer();let t=this._currentExport;for(t!==null&&(await this._exporter.forceFlush(),await t.exportCompleted,this._currentExport=null);e.length>0;){let r;e.length<=this._maxExportBatchSize?(r=e,e=[]):r=e.splice(0,this._maxExportBatchSize);let n=new Qs(this._exporter,r,this._exportTimeoutMillis,this._metrics);this._currentExport=n;try{await n.exportScheduled,await this._exporter.forceFlush(),await n.exportCompleted}catch(o){we(o)}finally{this._currentExport=null}}this._flushing=!1,this._maybeStartTimer()}_extractBatch(){if(this._finishedLogRecords.length===0)return null;if(this._finishedLogRecords.length<=this._maxExportBatchSize){let e=this._finishedLogRecords;return this._finishedLogRecords=[],e}else return this._finishedLogRecords.splice(0,this._maxExportBatchSize)}_exportOneBatch(){this._clearTimer();let e=this._extractBatch();if(e===null)return;let t=new Qs(this._exporter,e,this._exportTimeoutMillis,this._metrics);this._currentExport=t,t.exportCompleted.then(()=>{this._currentExport=null,this._maybeStartTimer()}).catch(r=>{this._currentExport=null,we(r),this._maybeStartTimer()})}_maybeStartTimer(){if(!this._shutdownOnce.isCalled&&!this._flushing&&this._finishedLogRecords.length!==0&&this._currentExport===null){if(this._finishedLogRecords.length>=this._maxExportBatchSize){this._exportOneBatch();return}this._timer===void 0&&(this._timer=setTimeout(()=>{this._timer=void 0,this._exportOneBatch()},this._scheduledDelayMillis),vu(this._timer))}}_clearTimer(){this._timer!==void 0&&(clearTimeout(this._timer),this._timer=void 0)}};s(vu,"unrefTimer")});var Pt,ei=E(()=>{Zs();Pt=class extends qs{static{s(this,"BatchLogRecordProcessor")}onShutdown(){}}});var ti=E(()=>{ei()});var ri=E(()=>{Ws();ti()});var ni={};se(ni,{BatchLogRecordProcessor:()=>Pt,LoggerProvider:()=>Xr});var oi=E(()=>{ri()});var Qr,si=E(()=>{Qr=class{static{s(this,"OTLPExporterBase")}_delegate;constructor(e){this._delegate=e}export(e,t){this._delegate.export(e,t)}forceFlush(){return this._delegate.forceFlush()}shutdown(){return this._delegate.shutdown()}setMetrics(e){this._delegate.setMetrics(e)}}});var ce,yt=E(()=>{ce=class extends Error{static{s(this,"OTLPExporterError")}code;name="OTLPExporterError";data;constructor(e,t,r){super(e),this.data=r,this.code=t}}});function Vu(e){if(Number.isFinite(e)&&e>0)return e;throw new Error(`Configuration: timeoutMillis is invalid, expected number greater than 0 (actual: \'${e}\')`)}function Ut(e){if(e!=null)return async()=>e}function ii(e,t,r){return{timeoutMillis:Vu(e.timeoutMillis??t.timeoutMillis??r.timeoutMillis),concurrencyLimit:e.concurrencyLimit??t.concurrencyLimit??r.concurrencyLimit,compression:e.compression??t.compression??r.compression}}function ai(){return{timeoutMillis:1e4,concurrencyLimit:30,compression:"none"}}var wt=E(()=>{s(Vu,"validateTimeoutMillis");s(Ut,"wrapStaticHeadersInFunction");s(ii,"mergeOtlpSharedConfigurationWithDefaults");s(ai,"getSharedConfigurationDefaults")});function ci(e){return new ku(e.concurrencyLimit)}var ku,ui=E(()=>{ku=class{static{s(this,"BoundedQueueExportPromiseHandler")}_concurrencyLimit;_sendingPromises=[];constructor(e){this._concurrencyLimit=e}pushPromise(e){if(this.hasReachedLimit())throw new Error("Concurrency Limit reached");this._sendingPromises.push(e);let t=s(()=>{let r=this._sendingPromises.indexOf(e);this._sendingPromises.splice(r,1)},"popPromise");e.then(t,t)}hasReachedLimit(){return this._sendingPromises.length>=this._concurrencyLimit}async awaitAll(){await Promise.all(this._sendingPromises)}};s(ci,"createBoundedQueueExportPromiseHandler")});function Bu(e){return Object.prototype.hasOwnProperty.call(e,"partialSuccess")}function Ei(){return{handleResponse(e){e==null||!Bu(e)||e.partialSuccess==null||Object.keys(e.partialSuccess).length===0||S.warn("Received Partial Success response:",JSON.stringify(e.partialSuccess))}}}var _i=E(()=>{m();s(Bu,"isPartialSuccessResponse");s(Ei,"createLoggingPartialSuccessResponseHandler")});function Ti(e,t){return new Gu(e.transport,e.serializer,Ei(),e.promiseHandler,e.metrics,t.timeout)}var Gu,li=E(()=>{yt();_i();F();m();Gu=class{static{s(this,"OTLPExportDelegate")}_metrics;_diagLogger;_transport;_serializer;_responseHandler;_promiseQueue;_timeout;constructor(e,t,r,n,o,i){this._transport=e,this._serializer=t,this._responseHandler=r,this._promiseQueue=n,this._timeout=i,this._diagLogger=S.createComponentLogger({namespace:"OTLPExportDelegate"}),this._metrics=o}export(e,t){if(this._diagLogger.debug("items to be sent",e),this._promiseQueue.hasReachedLimit()){t({code:G.FAILED,error:new Error("Concurrent export limit reached")});return}let r=this._serializer.serializeRequest(e);if(r==null){t({code:G.FAILED,error:new Error("Nothing to send")});return}let n=this._metrics.startExport(e);this._promiseQueue.pushPromise(this._transport.send(r,this._timeout).then(o=>{if(o.status==="success"){if(n(void 0),o.data!=null)try{this._responseHandler.handleResponse(this._serializer.deserializeResponse(o.data))}catch(i){this._diagLogger.warn("Export succeeded but could not deserialize response - is the response specification compliant?",i,o.data)}t({code:G.SUCCESS});return}else if(o.status==="failure"&&o.error){n(o.error),t({code:G.FAILED,error:o.error});return}else o.status==="retryable"?(n("export_max_retries"),t({code:G.FAILED,error:o.error??new ce("Export failed with retryable status")})):(n("export_failed"),t({code:G.FAILED,error:new ce("Export failed with unknown error")}))},o=>{n(o),t({code:G.FAILED,error:o})}))}forceFlush(){return this._promiseQueue.awaitAll()}setMetrics(e){this._metrics=e}async shutdown(){this._diagLogger.debug("shutdown started"),await this.forceFlush(),this._transport.shutdown()}};s(Ti,"createOtlpExportDelegate")});var qr,Si,Ai,di,fi,Ri,Zr=E(()=>{qr="http.response.status_code",Si="otel.component.name",Ai="otel.component.type",di="server.address",fi="server.port",Ri="error.type"});var xt,en=E(()=>{xt="0.301.0"});var pi,mi,hi=E(()=>{Zr();en();F();m();pi=new Map,mi=class{static{s(this,"ExporterMetrics")}inflight;exported;duration;standardAttrs;responseAttributesFromError;helper;constructor(e){let{componentType:t,metricsHelper:r,meterProvider:n,url:o,responseAttributesFromError:i}=e;this.responseAttributesFromError=i;let a=n?n.getMeter("@opentelemetry/otlp-exporter",xt):ie(),c=pi.get(t)??0;if(pi.set(t,c+1),this.standardAttrs={[Ai]:t,[Si]:`${t}/${c}`},o){let u=o;o.includes("://")||(u=`http://${o}`);try{let _=new URL(u);this.standardAttrs[di]=_.hostname;let l;_.port?l=Number(_.port):_.protocol==="http:"?l=80:_.protocol==="https:"&&(l=443),typeof l=="number"&&(this.standardAttrs[fi]=l)}catch{}}this.helper=r,this.inflight=a.createUpDownCounter(`otel.sdk.exporter.${this.helper.name}.inflight`,{unit:`{${this.helper.name}}`,description:`The number of ${this.helper.name}s which were passed to the exporter, but that have not been exported yet (neither successful, nor failed).`}),this.exported=a.createCounter(`otel.sdk.exporter.${this.helper.name}.exported`,{unit:`{${this.helper.name}}`,description:`The number of ${this.helper.name}s for which the export has finished, either successful or failed.`}),this.duration=a.createHistogram("otel.sdk.exporter.operation.duration",{unit:"s",description:"The duration of exporting a batch of telemetry records.",advice:{explicitBucketBoundaries:[]}})}startExport(e){let t=this.helper.countItems(e),r=ve();return this.inflight.add(t,this.standardAttrs),n=>{let o=ve();this.inflight.add(-t,this.standardAttrs);let i=n?{...this.standardAttrs,[Ri]:n instanceof Error?n.name:"export_failed"}:this.standardAttrs;this.exported.add(t,i);let a={...i,...this.responseAttributesFromError(n)},c=Br(Vr(r,o))/1e3;this.duration.record(c,a)}}}});var gi=E(()=>{si()});var Oi={};se(Oi,{OTLPExporterBase:()=>Qr});var Ni=E(()=>{gi()});function Li(e){let t={};return Object.entries(e??{}).forEach(([r,n])=>{typeof n<"u"?t[r]=String(n):S.warn(`Header "${r}" has invalid value (${n}) and will be ignored`)}),t}var Ci=E(()=>{m();s(Li,"validateAndNormalizeHeaders")});function Hu(e,t,r){return async()=>{let n={...await r()},o={};return t!=null&&Object.assign(o,await t()),e!=null&&Object.assign(o,Li(await e())),Object.assign(o,n)}}function Fu(e){if(e!=null)try{let t=globalThis.location?.href;return new URL(e,t).href}catch{throw new Error(`Configuration: Could not parse user-provided export URL: \'${e}\'`)}}function bi(e,t,r){return{...ii(e,t,r),headers:Hu(e.headers,t.headers,r.headers),url:Fu(e.url)??t.url??r.url}}function Mi(e,t){return{...ai(),headers:s(async()=>e,"headers"),url:"http://localhost:4318/"+t}}var Ii=E(()=>{wt();Ci();s(Hu,"mergeHeaders");s(Fu,"validateUserProvidedUrl");s(bi,"mergeOtlpHttpConfigurationWithDefaults");s(Mi,"getHttpConfigurationDefaults")});function Be(e){return async t=>{let r=t==="http:",{Agent:n}=await(r?Promise.resolve().then(()=>K(require("node:http"),1)):Promise.resolve().then(()=>K(require("node:https"),1)));if(r){let{ca:o,cert:i,key:a,...c}=e;return new n(c)}return new n(e)}}function Di(e,t,r){return{...bi(e,t,r),agentFactory:e.agentFactory??t.agentFactory??r.agentFactory,userAgent:e.userAgent}}function Pi(e,t){return{...Mi(e,t),agentFactory:Be({keepAlive:!0})}}var tn=E(()=>{Ii();s(Be,"httpAgentFactoryFromOptions");s(Di,"mergeOtlpNodeHttpConfigurationWithDefaults");s(Pi,"getNodeHttpConfigurationDefaults")});function rn(e){return e===429||e===502||e===503||e===504}function nn(e){if(e==null)return;let t=Number.parseInt(e,10);if(Number.isInteger(t))return t>0?t*1e3:-1;let r=new Date(e).getTime()-Date.now();return r>=0?r:0}var yi=E(()=>{s(rn,"isExportHTTPErrorRetryable");s(nn,"parseRetryAfterToMills")});function vi(e,t,r,n,o,i,a,c){return new Promise(u=>{let _=new URL(t);o?r["User-Agent"]=`${o} ${Ui}`:r["User-Agent"]=Ui;let l=e(_,{method:"POST",headers:r,agent:i},T=>{let d=[],f=0;T.on("data",R=>{if(f+=R.length,f>4194304){u({status:"failure",error:new Error(`OTLP export response body exceeded size limit of ${Ku} bytes`)}),T.destroy();return}d.push(R)}),T.on("end",()=>{T.statusCode&&T.statusCode<=299?u({status:"success",data:Buffer.concat(d)}):T.statusCode&&rn(T.statusCode)?u({status:"retryable",retryInMillis:nn(T.headers["retry-after"])}):u({status:"failure",error:new ce(T.statusMessage,T.statusCode,Buffer.concat(d).toString())})}),T.on("error",R=>{T.statusCode&&T.statusCode<=299?u({status:"success"}):T.statusCode&&rn(T.statusCode)?u({status:"retryable",error:R,retryInMillis:nn(T.headers["retry-after"])}):u({status:"failure",error:R})})});l.setTimeout(c,()=>{l.destroy(),u({status:"retryable",error:new Error("Request timed out")})}),l.on("error",T=>{zu(T)?u({status:"retryable",error:T}):u({status:"failure",error:T})}),Yu(l,n,a,T=>{u({status:"failure",error:T})})})}function Yu(e,t,r,n){let o=$u(r);t==="gzip"&&(e.setHeader("Content-Encoding","gzip"),o=o.on("error",n).pipe(wi.createGzip()).on("error",n)),o.pipe(e).on("error",n)}function $u(e){let t=new xi.Readable;return t.push(e),t.push(null),t}function zu(e){let t=new Set(["ECONNRESET","ECONNREFUSED","EPIPE","ETIMEDOUT","EAI_AGAIN","ENOTFOUND","ENETUNREACH","EHOSTUNREACH"]);return"code"in e&&typeof e.code=="string"?t.has(e.code):!1}var wi,xi,Ui,Ku,Vi=E(()=>{yt();en();yi();wi=K(require("node:zlib"),1),xi=require("node:stream"),Ui=`OTel-OTLP-Exporter-JavaScript/${xt}`,Ku=4194304;s(vi,"sendWithHttp");s(Yu,"compressAndSend");s($u,"readableFromUint8Array");s(zu,"isHttpTransportNetworkErrorRetryable")});async function ju(e){let{request:t}=await(e==="http:"?Promise.resolve().then(()=>K(require("node:http"),1)):Promise.resolve().then(()=>K(require("node:https"),1)));return t}function ki(e){return new Wu(e)}var Wu,Bi=E(()=>{Vi();Wu=class{static{s(this,"HttpExporterTransport")}_utils=null;_parameters;constructor(e){this._parameters=e}async send(e,t){let{agent:r,request:n}=await this._loadUtils(),o=await this._parameters.headers();return vi(n,this._parameters.url,o,this._parameters.compression,this._parameters.userAgent,r,e,t)}shutdown(){}async _loadUtils(){let e=this._utils;if(e===null){let t=new URL(this._parameters.url).protocol,[r,n]=await Promise.all([this._parameters.agentFactory(t),ju(t)]);e=this._utils={agent:r,request:n}}return e}};s(ju,"requestFunctionFactory");s(ki,"createHttpExporterTransport")});function qu(){return Math.random()*(2*Gi)-Gi}function Hi(e){return new Zu(e.transport)}var on,Ju,Xu,Qu,Gi,Zu,Fi=E(()=>{m();on=5,Ju=1e3,Xu=5e3,Qu=1.5,Gi=.2;s(qu,"getJitter");Zu=class{static{s(this,"RetryingTransport")}_transport;constructor(e){this._transport=e}retry(e,t,r){return new Promise((n,o)=>{setTimeout(()=>{this._transport.send(e,t).then(n,o)},r)})}async send(e,t){let r=on,n=Ju,o=Date.now()+t,i=await this._transport.send(e,t);for(;i.status==="retryable"&&r>0;){r--;let a=Math.max(Math.min(n*(1+qu()),Xu),0);n=n*Qu;let c=i.retryInMillis??a,u=o-Date.now();if(c>u)return S.info(`Export retry time ${Math.round(c)}ms exceeds remaining timeout ${Math.round(u)}ms, not retrying further.`),i;S.verbose(`Scheduling export retry in ${Math.round(c)}ms`),i=await this.retry(e,u,c)}return i.status==="success"?S.verbose(`Export succeeded after ${on-r} retry attempts.`):i.status==="retryable"?S.info(`Export failed after maximum retry attempts (${on}).`):S.info(`Export failed with non-retryable error: ${i.error}`),i}shutdown(){return this._transport.shutdown()}};s(Hi,"createRetryingTransport")});function Ki(e,t,r,n){return new mi({componentType:e,metricsHelper:t,url:r,meterProvider:n,responseAttributesFromError:s(o=>o?o instanceof ce?{[qr]:o.code}:{}:{[qr]:200},"responseAttributesFromError")})}function sn(e,t,r,n,o){return Ti({transport:Hi({transport:ki(e)}),serializer:t,promiseHandler:ci(e),metrics:Ki(r,n,e.url,o)},{timeout:e.timeoutMillis})}var Yi=E(()=>{yt();ui();li();Zr();hi();Bi();Fi();s(Ki,"createOtlpHttpExporterMetrics");s(sn,"createOtlpHttpExportDelegate")});function $i(e){let t=Nt(e);if(t!=null){if(Number.isFinite(t)&&t>0)return t;S.warn(`Configuration: ${e} is invalid, expected number greater than 0 (actual: ${t})`)}}function eE(e){let t=$i(`OTEL_EXPORTER_OTLP_${e}_TIMEOUT`),r=$i("OTEL_EXPORTER_OTLP_TIMEOUT");return t??r}function zi(e){let t=H(e)?.trim();if(t==null||t==="none"||t==="gzip")return t;S.warn(`Configuration: ${e} is invalid, expected \'none\' or \'gzip\' (actual: \'${t}\')`)}function tE(e){let t=zi(`OTEL_EXPORTER_OTLP_${e}_COMPRESSION`),r=zi("OTEL_EXPORTER_OTLP_COMPRESSION");return t??r}function Wi(e){return{timeoutMillis:eE(e),compression:tE(e)}}var ji=E(()=>{F();m();s($i,"parseAndValidateTimeoutFromEnv");s(eE,"getTimeoutFromEnv");s(zi,"parseAndValidateCompressionFromEnv");s(tE,"getCompressionFromEnv");s(Wi,"getSharedConfigurationFromEnvironment")});function rE(e){let t=H(`OTEL_EXPORTER_OTLP_${e}_HEADERS`),r=H("OTEL_EXPORTER_OTLP_HEADERS"),n=fe(t),o=fe(r);if(!(Object.keys(n).length===0&&Object.keys(o).length===0))return Object.assign({},fe(r),fe(t))}function nE(e){try{return new URL(e).toString()}catch{S.warn(`Configuration: Could not parse environment-provided export URL: \'${e}\', falling back to undefined`);return}}function oE(e,t){try{new URL(e)}catch{S.warn(`Configuration: Could not parse environment-provided export URL: \'${e}\', falling back to undefined`);return}e.endsWith("/")||(e=e+"/"),e+=t;try{new URL(e)}catch{S.warn(`Configuration: Provided URL appended with \'${t}\' is not a valid URL, using \'undefined\' instead of \'${e}\'`);return}return e}function sE(e){let t=H("OTEL_EXPORTER_OTLP_ENDPOINT");if(t!==void 0)return oE(t,e)}function iE(e){let t=H(`OTEL_EXPORTER_OTLP_${e}_ENDPOINT`);if(t!==void 0)return nE(t)}function an(e,t,r){let n=H(e),o=H(t),i=n??o;if(i!=null)try{return Ji.readFileSync(Xi.resolve(process.cwd(),i))}catch{S.warn(r);return}else return}function aE(e){return an(`OTEL_EXPORTER_OTLP_${e}_CLIENT_CERTIFICATE`,"OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE","Failed to read client certificate chain file")}function cE(e){return an(`OTEL_EXPORTER_OTLP_${e}_CLIENT_KEY`,"OTEL_EXPORTER_OTLP_CLIENT_KEY","Failed to read client certificate private key file")}function uE(e){return an(`OTEL_EXPORTER_OTLP_${e}_CERTIFICATE`,"OTEL_EXPORTER_OTLP_CERTIFICATE","Failed to read root certificate file")}function Qi(e,t){return{...Wi(e),url:iE(e)??sE(t),headers:Ut(rE(e)),agentFactory:Be({keepAlive:!0,ca:uE(e),cert:aE(e),key:cE(e)})}}var Ji,Xi,qi=E(()=>{wt();tn();ji();F();m();Ji=K(require("node:fs"),1),Xi=K(require("node:path"),1);s(rE,"getStaticHeadersFromEnv");s(nE,"appendRootPathToUrlIfNeeded");s(oE,"appendResourcePathToUrl");s(sE,"getNonSpecificUrlFromEnv");s(iE,"getSpecificUrlFromEnv");s(an,"readFileFromEnv");s(aE,"getClientCertificateFromEnv");s(cE,"getClientKeyFromEnv");s(uE,"getRootCertificateFromEnv");s(Qi,"getNodeHttpConfigurationFromEnvironment")});function Zi(e){return typeof e.headers=="function"?e.headers:Ut(e.headers)}var ea=E(()=>{wt();s(Zi,"convertLegacyHeaders")});function EE(e){if(typeof e.httpAgentOptions=="function")return e.httpAgentOptions;let t=e.httpAgentOptions;if(e.keepAlive!=null&&(t={keepAlive:e.keepAlive,...t}),t!=null)return Be(t)}function cn(e,t,r,n){return e.metadata&&S.warn("Metadata cannot be set when using http"),Di({url:e.url,headers:Zi(e),concurrencyLimit:e.concurrencyLimit,timeoutMillis:e.timeoutMillis,compression:e.compression,agentFactory:EE(e),userAgent:e.userAgent},Qi(t,r),Pi(n,r))}var ta=E(()=>{tn();qi();ea();m();s(EE,"convertLegacyAgentOptions");s(cn,"convertLegacyHttpOptions")});var ra=E(()=>{Yi();ta()});var na={};se(na,{convertLegacyHttpOptions:()=>cn,createOtlpHttpExportDelegate:()=>sn});var oa=E(()=>{ra()});var un,sa=E(()=>{un={name:"log",countItems:s(e=>e.length,"countItems")}});function J(e){return e<0?10:e<128?1:e<16384?2:e<2097152?3:e<268435456?4:e<34359738368?5:e<4398046511104?6:e<562949953421312?7:e<72057594037927940?8:9}var En=E(()=>{s(J,"estimateVarintSize")});var _E,Ge,ia,aa=E(()=>{En();m();_E="ProtobufWriter: estimated size was too small, growing buffer.",Ge=1,ia=class{static{s(this,"ProtobufWriter")}_buffer;_textEncoder;_dataView;pos=0;constructor(e=65536){this._buffer=new Uint8Array(e),this._textEncoder=new TextEncoder,this._dataView=new DataView(this._buffer.buffer,this._buffer.byteOffset)}_ensureCapacity(e){let t=this.pos+e;if(t<=this._buffer.length)return;S.debug(_E);let r=this._buffer.length*2;for(;r<t;)r*=2;let n=new Uint8Array(r);n.set(this._buffer),this._buffer=n,this._dataView=new DataView(this._buffer.buffer,this._buffer.byteOffset)}finish(){return this._buffer.subarray(0,this.pos)}startLengthDelimited(){let e=this.pos;return this._ensureCapacity(Ge),this.pos+=Ge,e}finishLengthDelimited(e,t){let r=t>>>0,n=J(r);if(n>Ge){let i=n-Ge;this._ensureCapacity(i),this._buffer.copyWithin(e+n,e+Ge,this.pos),this.pos+=i}let o=e;r<128?this._buffer[o]=r:r<16384?(this._buffer[o++]=r&127|128,this._buffer[o]=r>>>7):r<2097152?(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o]=r>>>14):r<268435456?(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o++]=r>>>14&127|128,this._buffer[o]=r>>>21):(this._buffer[o++]=r&127|128,this._buffer[o++]=r>>>7&127|128,this._buffer[o++]=r>>>14&127|128,this._buffer[o++]=r>>>21&127|128,this._buffer[o]=r>>>28)}writeSint32(e){this.writeVarint((e<<1^e>>31)>>>0)}writeSfixed64(e){let t,r;if(e>=0)t=e>>>0,r=e/4294967296>>>0;else{let n=Math.abs(e);t=n>>>0,r=n/4294967296>>>0,t=~t>>>0,r=~r>>>0,t=t+1>>>0,t===0&&(r=r+1>>>0)}this.writeFixed64(t,r)}writeVarint(e){if(this._ensureCapacity(J(e)),e>=0&&e<=4294967295){let t=e>>>0;for(;t>127;)this._buffer[this.pos++]=t&127|128,t>>>=7;this._buffer[this.pos++]=t}else{let t,r;if(e>=0)t=e>>>0,r=e/4294967296>>>0;else{let n=Math.abs(e);t=n>>>0,r=n/4294967296>>>0,t=~t>>>0,r=~r>>>0,t=t+1>>>0,t===0&&(r=r+1>>>0)}for(;r>0||t>127;)this._buffer[this.pos++]=t&127|128,t=(t>>>7|r<<25)>>>0,r>>>=7;this._buffer[this.pos++]=t&127}}writeFixed32(e){this._ensureCapacity(4);let t=e>>>0;this._buffer[this.pos++]=t&255,this._buffer[this.pos++]=t>>>8&255,this._buffer[this.pos++]=t>>>16&255,this._buffer[this.pos++]=t>>>24&255}writeFixed64(e,t){this._ensureCapacity(8);let r=e>>>0,n=t>>>0;this._buffer[this.pos++]=r&255,this._buffer[this.pos++]=r>>>8&255,this._buffer[this.pos++]=r>>>16&255,this._buffer[this.pos++]=r>>>24&255,this._buffer[this.pos++]=n&255,this._buffer[this.pos++]=n>>>8&255,this._buffer[this.pos++]=n>>>16&255,this._buffer[this.pos++]=n>>>24&255}writeBytes(e){this.writeVarint(e.length),this._ensureCapacity(e.length),this._buffer.set(e,this.pos),this.pos+=e.length}writeTag(e,t){this.writeVarint(e<<3|t)}writeDouble(e){this._ensureCapacity(8),this._dataView.setFloat64(this.pos,e,!0),this.pos+=8}writeString(e){let t=!0,r=e.length;for(let n=0;n<r;n++)if(e.charCodeAt(n)>127){t=!1;break}if(t){this.writeVarint(r),this._ensureCapacity(r);for(let n=0;n<r;n++)this._buffer[this.pos++]=e.charCodeAt(n)}else{let n=this._textEncoder.encode(e);this.writeBytes(n)}}}});function ca(e){return e>=48&&e<=57?e-48:e>=97&&e<=102?e-87:e-55}function _n(e){let t=new Uint8Array(e.length/2),r=0;for(let n=0;n<e.length;n+=2){let o=ca(e.charCodeAt(n)),i=ca(e.charCodeAt(n+1));t[r++]=o<<4|i}return t}var ua=E(()=>{s(ca,"intValue");s(_n,"hexToBinary")});function Tn(e,t){let r=t[0],n=t[1],o=1e9,i=r&65535,a=r/65536>>>0,c=i*o,u=a*o,_=c>>>0,l=Math.floor(c/4294967296),T=(u&65535)*65536>>>0,d=u/65536>>>0,f=_+T+n,R=f>>>0,N=Math.floor(f/4294967296),g=l+d+N>>>0;e.writeFixed64(R,g)}function vt(e,t,r){for(let n in t){if(!Object.prototype.hasOwnProperty.call(t,n))continue;let o=t[n];e.writeTag(r,2);let i=e.startLengthDelimited(),a=e.pos;TE(e,n,o),e.finishLengthDelimited(i,e.pos-a)}}function TE(e,t,r){e.writeTag(1,2),e.writeString(t),e.writeTag(2,2);let n=e.startLengthDelimited(),o=e.pos;He(e,r),e.finishLengthDelimited(n,e.pos-o)}function He(e,t){let r=typeof t;if(r==="string")e.writeTag(1,2),e.writeString(t);else if(r==="boolean")e.writeTag(2,0),e.writeVarint(t?1:0);else if(r==="number"){let n=t;Number.isInteger(n)&&n>=lE&&n<SE?(e.writeTag(3,0),e.writeVarint(n)):(e.writeTag(4,1),e.writeDouble(n))}else if(t instanceof Uint8Array)e.writeTag(7,2),e.writeBytes(t);else if(Array.isArray(t)){e.writeTag(5,2);let n=e.startLengthDelimited(),o=e.pos;for(let i of t){e.writeTag(1,2);let a=e.startLengthDelimited(),c=e.pos;He(e,i),e.finishLengthDelimited(a,e.pos-c)}e.finishLengthDelimited(n,e.pos-o)}else if(r==="object"&&t!=null){e.writeTag(6,2);let n=e.startLengthDelimited(),o=e.pos,i=t;for(let a in i){if(!Object.prototype.hasOwnProperty.call(i,a))continue;let c=i[a];e.writeTag(1,2);let u=e.startLengthDelimited(),_=e.pos;e.writeTag(1,2),e.writeString(a),e.writeTag(2,2);let l=e.startLengthDelimited(),T=e.pos;He(e,c),e.finishLengthDelimited(l,e.pos-T),e.finishLengthDelimited(u,e.pos-_)}e.finishLengthDelimited(n,e.pos-o)}}function Ea(e,t,r){e.writeTag(r,2);let n=e.startLengthDelimited(),o=e.pos;e.writeTag(1,2),e.writeString(t.name),t.version&&(e.writeTag(2,2),e.writeString(t.version)),t.attributes&&vt(e,t.attributes,3),t.droppedAttributesCount&&(e.writeTag(4,0),e.writeVarint(t.droppedAttributesCount)),e.finishLengthDelimited(n,e.pos-o)}function _a(e,t,r){e.writeTag(r,2);let n=e.startLengthDelimited(),o=e.pos;t.attributes&&vt(e,t.attributes,1),e.writeTag(2,0),e.writeVarint(0),e.finishLengthDelimited(n,e.pos-o)}var lE,SE,Ta=E(()=>{s(Tn,"writeHrTimeAsFixed64");s(vt,"writeAttributes");s(TE,"writeKeyValue");lE=-(2**63),SE=2**63;s(He,"writeAnyValue");s(Ea,"writeInstrumentationScope");s(_a,"writeResource")});function AE(e){let t=e.length,r=0;for(let n=0;n<t;n++){let o=e.charCodeAt(n);o<128?r+=1:o<2048?r+=2:o<55296||o>=57344?r+=3:(n++,r+=4)}return r}var la,Sa=E(()=>{En();s(AE,"utf8ByteLength");la=class{static{s(this,"ProtobufSizeEstimator")}pos=0;startLengthDelimited(){return this.pos}finishLengthDelimited(e,t){this.pos+=J(t)}writeVarint(e){this.pos+=J(e)}writeSint32(e){this.pos+=J((e<<1^e>>31)>>>0)}writeSfixed64(e){this.pos+=8}writeFixed32(e){this.pos+=4}writeFixed64(e,t){this.pos+=8}writeBytes(e){this.pos+=J(e.length),this.pos+=e.length}writeTag(e,t){this.writeVarint(e<<3|t)}writeDouble(e){this.pos+=8}writeString(e){let t=AE(e);this.pos+=J(t),this.pos+=t}}});function dE(e,t){let r=e.startLengthDelimited(),n=e.pos;if(e.writeTag(1,1),Tn(e,t.hrTime),t.severityNumber!==void 0&&t.severityNumber!==z.UNSPECIFIED&&(e.writeTag(2,0),e.writeVarint(t.severityNumber)),t.severityText&&(e.writeTag(3,2),e.writeString(t.severityText)),t.body!==void 0){e.writeTag(5,2);let o=e.startLengthDelimited(),i=e.pos;He(e,t.body),e.finishLengthDelimited(o,e.pos-i)}t.attributes&&vt(e,t.attributes,6),e.writeTag(7,0),e.writeVarint(t.droppedAttributesCount),t.spanContext?.traceFlags&&(e.writeTag(8,5),e.writeFixed32(t.spanContext.traceFlags)),t.spanContext?.traceId&&(e.writeTag(9,2),e.writeBytes(_n(t.spanContext.traceId))),t.spanContext?.spanId&&(e.writeTag(10,2),e.writeBytes(_n(t.spanContext.spanId))),e.writeTag(11,1),Tn(e,t.hrTimeObserved),t.eventName&&(e.writeTag(12,2),e.writeString(t.eventName)),e.finishLengthDelimited(r,e.pos-n)}function fE(e,t,r){let n=e.startLengthDelimited(),o=e.pos;Ea(e,t,1);for(let i of r)e.writeTag(2,2),dE(e,i);t.schemaUrl&&(e.writeTag(3,2),e.writeString(t.schemaUrl)),e.finishLengthDelimited(n,e.pos-o)}function Aa(e,t,r){let n=e.startLengthDelimited(),o=e.pos;_a(e,t,1);for(let i of r.values()){e.writeTag(2,2);let a=i[0].instrumentationScope;fE(e,a,i)}t.schemaUrl&&(e.writeTag(3,2),e.writeString(t.schemaUrl)),e.finishLengthDelimited(n,e.pos-o)}function RE(e){let t=new Map;for(let r of e){let n=r.resource,o=r.instrumentationScope,i=t.get(n);i||(i=new Map,t.set(n,i));let a=i.get(o);a||(a=[],i.set(o,a)),a.push(r)}return t}function da(e){let t=RE(e),r=new la;for(let[o,i]of t)r.writeTag(1,2),Aa(r,o,i);let n=new ia(r.pos);for(let[o,i]of t)n.writeTag(1,2),Aa(n,o,i);return n.finish()}var fa=E(()=>{aa();ua();Ta();Sa();m();s(dE,"serializeLogRecord");s(fE,"serializeScopeLogs");s(Aa,"serializeResourceLogs");s(RE,"createResourceMap");s(da,"serializeLogsExportRequest")});var ln,Ra=E(()=>{ln=class{static{s(this,"ProtobufReader")}pos=0;_buf;_textDecoder;constructor(e){this._buf=e,this._textDecoder=new TextDecoder}isAtEnd(){return this.pos>=this._buf.length}readTag(){let e=this.readVarint();return{fieldNumber:e>>>3,wireType:e&7}}readVarint(){let e=0,t=0,r=!1;for(;this.pos<this._buf.length;){let n=this._buf[this.pos++];if(e+=(n&127)*Math.pow(2,t),t+=7,(n&128)===0){r=!0;break}}if(!r)throw new Error("Truncated buffer: unexpected end of data while reading varint");return e}readBytes(){let e=this.readVarint();if(this.pos+e>this._buf.length)throw new Error(`Truncated buffer: expected ${e} bytes at position ${this.pos}, but only ${this._buf.length-this.pos} available`);let t=this._buf.subarray(this.pos,this.pos+e);return this.pos+=e,t}readString(){return this._textDecoder.decode(this.readBytes())}skip(e){switch(e){case 0:this.readVarint();break;case 1:this.pos+=8;break;case 2:this.readBytes();break;case 5:this.pos+=4;break;default:throw new Error(`Unknown wire type ${e}, cannot safely skip`)}}}});function pE(e){let t=new ln(e),r={};for(;!t.isAtEnd();){let{fieldNumber:n,wireType:o}=t.readTag();switch(n){case 1:o===0?r.rejectedLogRecords=t.readVarint():t.skip(o);break;case 2:o===2?r.errorMessage=t.readString():t.skip(o);break;default:t.skip(o)}}return r}function pa(e){let t=new ln(e),r={};for(;!t.isAtEnd();){let{fieldNumber:n,wireType:o}=t.readTag();n===1&&o===2?r.partialSuccess=pE(t.readBytes()):t.skip(o)}return r}var ma=E(()=>{Ra();s(pE,"deserializePartialSuccess");s(pa,"deserializeExportLogsServiceResponse")});var Sn,ha=E(()=>{fa();ma();Sn={serializeRequest:s(e=>da(e),"serializeRequest"),deserializeResponse:s(e=>pa(e),"deserializeResponse")}});function ga(e,t){let r={attributes:Vt(e.attributes,t),droppedAttributesCount:0},n=e.schemaUrl;return n&&n!==""&&(r.schemaUrl=n),r}function Oa(e,t){let r={name:e.name,version:e.version};return e.attributes&&Object.keys(e.attributes).length>0&&(r.attributes=Vt(e.attributes,t),r.droppedAttributesCount=e.droppedAttributesCount??0),r}function Vt(e,t){return Object.keys(e).map(r=>mE(r,e[r],t))}function mE(e,t,r){return{key:e,value:Fe(t,r)}}function Fe(e,t){let r=typeof e;if(r==="string")return{stringValue:e};if(r==="number")return Number.isInteger(e)?{intValue:e}:{doubleValue:e};if(r==="boolean")return{boolValue:e};if(e instanceof Uint8Array)return{bytesValue:t.encodeUint8Array(e)};if(Array.isArray(e)){let n=new Array(e.length);for(let o=0;o<e.length;o++)n[o]=Fe(e[o],t);return{arrayValue:{values:n}}}if(r==="object"&&e!=null){let n=Object.keys(e),o=new Array(n.length);for(let i=0;i<n.length;i++)o[i]={key:n[i],value:Fe(e[n[i]],t)};return{kvlistValue:{values:o}}}return{}}var Na=E(()=>{s(ga,"createResource");s(Oa,"createInstrumentationScope");s(Vt,"toAttributes");s(mE,"toKeyValue");s(Fe,"toAnyValue")});function La(e,t){return{resourceLogs:gE(e,t)}}function hE(e){let t=new Map;for(let r of e){let{resource:n,instrumentationScope:o}=r,i=t.get(n);i||(i=new Map,t.set(n,i));let a=i.get(o);a||(a=[],i.set(o,a)),a.push(r)}return t}function gE(e,t){let r=hE(e);return Array.from(r,([n,o])=>{let i=ga(n,t);return{resource:i,scopeLogs:Array.from(o,([,a])=>({scope:Oa(a[0].instrumentationScope,t),logRecords:a.map(c=>OE(c,t)),schemaUrl:a[0].instrumentationScope.schemaUrl})),schemaUrl:i.schemaUrl}})}function OE(e,t){return{timeUnixNano:t.encodeHrTime(e.hrTime),observedTimeUnixNano:t.encodeHrTime(e.hrTimeObserved),severityNumber:e.severityNumber,severityText:e.severityText,body:Fe(e.body,t),eventName:e.eventName,attributes:Vt(e.attributes,t),droppedAttributesCount:e.droppedAttributesCount,flags:e.spanContext?.traceFlags,traceId:t.encodeOptionalSpanContext(e.spanContext?.traceId),spanId:t.encodeOptionalSpanContext(e.spanContext?.spanId)}}var Ca=E(()=>{Na();s(La,"createExportLogsServiceRequest");s(hE,"createResourceMap");s(gE,"logRecordsToResourceLogs");s(OE,"toLogRecord")});function An(e){return Buffer.from(e).toString("base64")}var ba=E(()=>{s(An,"encodeBase64")});var Ma=E(()=>{ba()});function NE(e){let t=BigInt(1e9);return BigInt(Math.trunc(e[0]))*t+BigInt(Math.trunc(e[1]))}function LE(e){return NE(e).toString()}function Ia(e){return e}var CE,Da,Pa=E(()=>{F();Ma();s(NE,"hrTimeToNanos");s(LE,"encodeAsString");CE=typeof BigInt<"u"?LE:kr;s(Ia,"identity");Da={encodeHrTime:CE,encodeSpanContext:Ia,encodeOptionalSpanContext:Ia,encodeUint8Array:An}});var dn,ya=E(()=>{Ca();Pa();m();dn={serializeRequest:s(e=>{let t=La(e,Da);return new TextEncoder().encode(JSON.stringify(t))},"serializeRequest"),deserializeResponse:s(e=>{if(e.length===0)return{};let t=new TextDecoder;try{return JSON.parse(t.decode(e))}catch(r){return S.warn(`Failed to parse logs export response: ${r.message}. Returning empty response`),{}}},"deserializeResponse")}});var Ua=E(()=>{sa();ha();ya()});var wa={};se(wa,{JsonLogsSerializer:()=>dn,LogsExporterMetricsHelper:()=>un,ProtobufLogsSerializer:()=>Sn});var xa=E(()=>{Ua()});var CT={};se(CT,{Decoder:()=>ar,Encoder:()=>ot,ObservabilityConfigError:()=>qt,Redactor:()=>ir,Ring:()=>be,VERSION:()=>bE,configForStart:()=>Tc,getLogger:()=>x_,initObservability:()=>_T,observabilityStats:()=>xn,resolveConfig:()=>_c,secretScrubber:()=>Tr,shutdownObservability:()=>$n,startConsumer:()=>ur,withoutUserinfo:()=>cc});module.exports=Fc(CT);var b=require("node:buffer"),Za=require("node:crypto"),oe=require("node:fs"),L=K(require("node:process"),1),y=require("node:worker_threads");var bE="0.3.2",st=["debug","info","warn","error","fatal"],p={serviceName:"unknown_service",serviceVersion:"0.0.0",environment:"dev",level:"info",queueMaxSize:2e3,maxValueBytes:8192,rateLimit:1e3,protocol:"http/protobuf",timeoutMs:5e3,compression:"none",exporter:"otlp",batchMaxQueueSize:2048,batchMaxExportBatchSize:512,batchScheduledDelayMs:1e3,batchExportTimeoutMs:5e3,shutdownTimeoutMs:5e3,lokiMaxEntries:128,lokiMaxMetadataBytes:65536,maxLineBytes:262144},ME=[5,9,13,17,21],ec=["DEBUG","INFO","WARN","ERROR","FATAL"],tc=new Set(["ts","level","logger","message","service","env","version","trace_id","span_id"]),vn="attr.",Qt=10,kt=1e3,IE=2e4,Ee=240*1024,DE=new Set(["cloud.availability_zone","cloud.region","container.name","deployment.environment","k8s.cluster.name","k8s.container.name","k8s.cronjob.name","k8s.daemonset.name","k8s.deployment.name","k8s.job.name","k8s.namespace.name","k8s.pod.name","k8s.replicaset.name","k8s.statefulset.name","service.name","service.namespace"]),PE=10,yE=1024,Vn=512,Xe=1024,UE=1024,wE=1024*1024,xE=32*1024*1024,vE=8*1024*1024,VE=8192,kE=4096,BE=65536,GE=64,HE=50,gn=4,FE=.5,rc=5,va=2,KE=1e3,YE=1e3,Kt=1e4,$E="lockbox.overflow",nc=1e4,te="[REDACTED]",zE=["password","passwd","secret","token","api_key","apikey","api-key","authorization","cookie","private_key","privatekey"],oc=[/\\bBearer\\s+[A-Za-z0-9._~+/=-]+/g,/\\bBasic\\s+[A-Za-z0-9+/=]{8,}/g,/\\beyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+/g],kn="lockbox-worker/2",Va={maxYoungGenerationSizeMb:8},qt=class extends Error{static{s(this,"ObservabilityConfigError")}problems;constructor(t){let r=t.length;super(`Cannot initialize observability as ${r} setting${r===1?" is":"s are"} invalid:\n`+t.map(n=>`- ${n}`).join(`\n`)),this.name="ObservabilityConfigError",this.problems=t}},Zt=(()=>{let e=globalThis.Deno;if(e?.version?.deno)return{name:"deno",version:e.version.deno};let t=L.default.versions;return t.bun?{name:"bun",version:t.bun}:{name:"nodejs",version:t.node??"unknown"}})(),er=void 0,WE=!y.isMainThread&&y.workerData?.tag!==kn,Bn=s(e=>e,"noticeScrub");function U(e){try{(0,oe.writeSync)(2,`lockbox: ${Bn(e)}\n`)}catch{}}s(U,"notice");function ne(e){try{return e instanceof Error?`${e.name}: ${e.message}`:String(e)}catch{return"unprintable error"}}s(ne,"errorText");var jE=["json","pretty"],JE="json",XE=8,_e=2147483647,Gn=864e5,sc=/\\b([a-z][a-z0-9+.-]*:\\/\\/)[^\\s/?#@"\'<>]*@/gi,ic=/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$/,ac=/^[\\t\\x20-\\x7e\\x80-\\xff]*$/,On=class{static{s(this,"ConfigReader")}problems=[];warnings=[];denied=[];#e;constructor(t){this.#e=t??null}get(t){let r;try{r=this.#e!==null?this.#e[t]:L.default.env[t]}catch{this.denied.includes(t)||this.denied.push(t);return}return typeof r!="string"||r.trim()===""?void 0:r.trim()}invalid(t,r,n,o){let i=`Cannot read ${t} as it ${r}: got ${n}`;t.startsWith("OTEL_")?this.warnings.push(`${i}; ${o}`):this.problems.push(i)}};function v(e){if(typeof e=="number"&&!Number.isFinite(e))return String(e);try{return JSON.stringify(e)??String(e)}catch{return String(e)}}s(v,"safeJson");function QE(e){return e.map(t=>`"${t}"`).join(", ")}s(QE,"quotedList");function cc(e){let t=e.lastIndexOf("@");if(t<0)return e;let r=e.indexOf("://"),n=r>=0&&r<t?r+3:0;return e.slice(0,n)+e.slice(t+1)}s(cc,"withoutUserinfo");function Tr(e){let t=uc(e.secrets);return r=>{let n=r.includes("@")?r.replace(sc,"$1"):r;for(let o of t)n.includes(o)&&(n=n.split(o).join(te));return n}}s(Tr,"secretScrubber");function uc(e){let t=new Set;for(let r of e)r.length>=XE&&t.add(r);return[...t].sort((r,n)=>n.length-r.length)}s(uc,"secretList");function Le(e){let t=b.Buffer.from(e,"utf8").toString("base64");return[t,t.replace(/=+$/,"")]}s(Le,"base64Forms");function Hn(e){let t=[e],r=/^(Basic|Bearer)\\s+(\\S+)\\s*$/i.exec(e);if(r!==null&&(t.push(r[2]),r[1].toLowerCase()==="basic")){let n=b.Buffer.from(r[2],"base64").toString("utf8");t.push(n);let o=n.indexOf(":");o>=0&&t.push(n.slice(o+1))}return t}s(Hn,"headerSecrets");function re(e){try{return decodeURIComponent(e)}catch{return}}s(re,"percentDecode");function Y(e,t){let r=`must be an integer from ${t.min} to ${t.max}${t.unit!==void 0?` (${t.unit})`:""}`,n=s(a=>Number.isSafeInteger(a)&&a>=t.min&&a<=t.max,"inRange");if(t.option!==void 0)return typeof t.option=="number"&&n(t.option)?t.option:(e.invalid(`options.${t.optionName}`,r,v(t.option),""),t.fallback);if(t.envName===void 0)return t.fallback;let o=e.get(t.envName);if(o===void 0)return t.fallback;let i=/^\\d+$/.test(o)?Number(o):NaN;return n(i)?i:(e.invalid(t.envName,r,JSON.stringify(o),`using ${t.fallbackText??`the default ${t.fallback}`}`),t.fallback)}s(Y,"readInt");function et(e,t){let r=`must be one of ${QE(t.allowed)}`,n=t.allowed;if(t.option!==void 0)return typeof t.option=="string"&&n.includes(t.option)?t.option:(e.invalid(`options.${t.optionName}`,r,v(t.option),""),t.fallback);let o;return t.envNames.forEach((i,a)=>{let c=e.get(i);if(c===void 0)return;let u=c.toLowerCase();if(n.includes(u)){o??=u;return}let _=t.envNames.slice(a+1),l=_.length>0?`using ${_.join(" or ")} or the default "${t.fallback}"`:`using the default "${t.fallback}"`;e.invalid(i,r,JSON.stringify(c),l)}),o??t.fallback}s(et,"readEnum");function ka(e,t,r,n){return t===void 0?n:typeof t=="boolean"?t:(e.invalid(`options.${r}`,"must be true or false",v(t),""),n)}s(ka,"readBool");function qE(e,t){return{level:et(e,{option:t.level,optionName:"level",envNames:["LOG_LEVEL"],allowed:st,fallback:p.level}),format:et(e,{option:t.format,optionName:"format",envNames:["LOG_FORMAT"],allowed:jE,fallback:JE}),queueMaxSize:Y(e,{option:t.queueMaxSize,optionName:"queueMaxSize",envName:"LOG_QUEUE_MAXSIZE",min:1,max:_e,unit:"records",fallback:p.queueMaxSize}),maxValueBytes:Y(e,{option:t.maxValueBytes,optionName:"maxValueBytes",envName:"LOG_MAX_VALUE_BYTES",min:1,max:_e,unit:"UTF-8 bytes",fallback:p.maxValueBytes}),rateLimit:Y(e,{option:t.rateLimit,optionName:"rateLimit",envName:"LOG_RATE_LIMIT",min:0,max:_e,unit:"records per second; 0 turns the guard off",fallback:p.rateLimit})}}s(qE,"readLevelsAndLimits");function ZE(e){return{maxEntries:Y(e,{option:void 0,optionName:"lokiMaxEntries",envName:"LOG_LOKI_MAX_ENTRIES",min:0,max:_e,unit:"structured-metadata entries per record; 0 turns the cap off",fallback:p.lokiMaxEntries}),maxMetadataBytes:Y(e,{option:void 0,optionName:"lokiMaxMetadataBytes",envName:"LOG_LOKI_MAX_METADATA_BYTES",min:0,max:_e,unit:"structured-metadata bytes per record; 0 turns the cap off",fallback:p.lokiMaxMetadataBytes}),maxLineBytes:Y(e,{option:void 0,optionName:"maxLineBytes",envName:"LOG_MAX_LINE_BYTES",min:4096,max:_e,unit:"UTF-8 bytes per stdout line",fallback:p.maxLineBytes})}}s(ZE,"readLoki");function e_(e,t){let r=[];t.redactKeys!==void 0?Array.isArray(t.redactKeys)&&t.redactKeys.every(a=>typeof a=="string")?r=t.redactKeys:e.invalid("options.redactKeys","must be an array of strings",v(t.redactKeys),""):r=(e.get("LOG_REDACT_KEYS")??"").split(",");let n=[...zE,...r].map(a=>a.trim().toLowerCase()).filter(a=>a!==""),o=[];if(t.redactPatterns!==void 0)if(Array.isArray(t.redactPatterns))for(let a of t.redactPatterns)o.push({source:"options.redactPatterns",pattern:a});else e.invalid("options.redactPatterns","must be an array of strings or RegExps",v(t.redactPatterns),"");else{let a=e.get("LOG_REDACT_PATTERNS");if(a!==void 0){let c=[a];if(a.startsWith("["))try{c=JSON.parse(a)}catch{c=null}if(Array.isArray(c)&&c.every(u=>typeof u=="string"))for(let u of c)o.push({source:"LOG_REDACT_PATTERNS",pattern:u});else e.invalid("LOG_REDACT_PATTERNS","must be a regex or a JSON array of regex strings",JSON.stringify(a),"")}}let i=[...oc];for(let{source:a,pattern:c}of o)try{if(!(c instanceof RegExp)&&typeof c!="string")throw new TypeError;let u=c instanceof RegExp?c:new RegExp(c,"g");i.push(new RegExp(u.source,u.flags.includes("g")?u.flags:u.flags+"g"))}catch{e.invalid(a,"must hold valid regular expressions",v(String(c)),"")}return{redactKeys:n,redactPatterns:i}}s(e_,"readRedaction");function t_(e){let t="OTEL_RESOURCE_ATTRIBUTES",r=e.get(t);if(r===void 0)return{};let n={},o=r.split(",");for(let i=0;i<o.length;i++){let a=o[i].trim();if(a==="")continue;let c=a.split("="),u="";if(c.length!==2)u=c.length===1?\'has no "="\':\'has an unencoded "=": write it as %3D\';else{let _=re(c[0].trim()),l=re(c[1].trim());_===void 0||l===void 0?u=\'has a bad "%" escape\':_===""?u="has an empty key":n[_]=l}if(u!=="")return e.invalid(t,\'must be key=value pairs separated by "," with "," "=" and "%" percent-encoded\',`${JSON.stringify(r)} (entry ${i+1} ${u})`,"the whole value is discarded, as the OTel Resource SDK spec says"),{}}return n}s(t_,"readResourceAttributes");function r_(e,t){let r=s((u,_)=>{if(u!==void 0){if(typeof u=="string"&&u.trim()!=="")return u;e.invalid(`options.${_}`,"must be a non-empty string",v(u),"")}},"named"),n={};if(t.resourceAttributes!==void 0)if(typeof t.resourceAttributes!="object"||t.resourceAttributes===null)e.invalid("options.resourceAttributes","must be an object",v(t.resourceAttributes),"");else for(let[u,_]of Object.entries(t.resourceAttributes))typeof _=="string"||typeof _=="boolean"||typeof _=="number"&&Number.isFinite(_)?n[u]=_:e.invalid(`options.resourceAttributes[${JSON.stringify(u)}]`,"must be a string, a finite number or a boolean",v(_),"");let o=t_(e),i=String(r(t.serviceName,"serviceName")??n["service.name"]??e.get("OTEL_SERVICE_NAME")??o["service.name"]??e.get("APP_NAME")??p.serviceName),a=String(r(t.serviceVersion,"serviceVersion")??n["service.version"]??o["service.version"]??e.get("APP_VERSION")??p.serviceVersion),c=String(r(t.environment,"environment")??n["deployment.environment.name"]??o["deployment.environment.name"]??o["deployment.environment"]??e.get("APP_ENV")??p.environment);return{service:i,serviceVersion:a,environment:c,resource:{"service.instance.id":(0,Za.randomUUID)(),"process.runtime.name":Zt.name,"process.runtime.version":Zt.version,...o,...n,"service.name":i,"service.version":a,"deployment.environment.name":c,"deployment.environment":c}}}s(r_,"readResource");function Ba(e,t,r){let n=e.get(t);if(n===void 0)return{};let o={},i="",a=n.split(",");for(let c=0;c<a.length;c++){let u=a[c].trim();if(u==="")continue;let _=u.indexOf("=");if(_<0){r.push(u,re(u)??u),i||=`entry ${c+1} has no "="`;continue}let l=u.slice(_+1).trim(),T=re(u.slice(0,_).trim()),d=re(l);r.push(l,...Hn(d??l)),T===void 0||d===void 0?i||=`entry ${c+1} has a bad "%" escape`:ic.test(T)?ac.test(d)?o[T]=d:i||=`entry ${c+1} (${JSON.stringify(T)}) has a control character in its value`:i||=`entry ${c+1} has the header name ${JSON.stringify(T)}, not an HTTP token`}return i===""?o:(e.invalid(t,\'must be key=value pairs separated by ","\',`a value whose ${i} (values are not shown: they may hold credentials)`,"the whole value is discarded: no headers from it"),{})}s(Ba,"readHeaderVariable");function n_(e,t,r,n){let o="must be an http:// or https:// URL";if(typeof r!="string"){e.invalid(t,o,v(r),n);return}let i;try{i=new URL(r)}catch{}if(i===void 0||i.protocol!=="http:"&&i.protocol!=="https:"){e.invalid(t,o,JSON.stringify(cc(r)),n);return}let a=re(i.username)??i.username,c=re(i.password)??i.password,u=r;return(i.username!==""||i.password!=="")&&(i.username="",i.password="",u=i.href),{url:u,user:a,password:c}}s(n_,"readUrl");function o_(e){return e.replace(/\\/+$/,"")+"/v1/logs"}s(o_,"logsUrlFromBase");function s_(e,t){let r=[],n=i_(e,t),o=a_(e,n,r),i=c_(e,t,r);E_(e,t,i,r),o!==void 0&&T_(o,i,r);for(let a of Object.values(i))r.push(...Hn(a));return{url:o?.url,urlGiven:n.length>0,headers:i,secrets:r}}s(s_,"readEndpointAndAuth");function i_(e,t){if(t.logsEndpoint!==void 0)return[{source:"options.logsEndpoint",value:t.logsEndpoint,base:!1}];if(t.endpoint!==void 0)return[{source:"options.endpoint",value:t.endpoint,base:!0}];let r=[],n=e.get("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"),o=e.get("OTEL_EXPORTER_OTLP_ENDPOINT");return n!==void 0&&r.push({source:"OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",value:n,base:!1}),o!==void 0&&r.push({source:"OTEL_EXPORTER_OTLP_ENDPOINT",value:o,base:!0}),r}s(i_,"endpointSources");function a_(e,t,r){let n;for(let o=0;o<t.length;o++){let{source:i,value:a,base:c}=t[o];if(typeof a=="string"&&r.push(...l_(a)),n!==void 0)continue;let u=o+1<t.length?`using ${t[o+1].source}`:"no OTLP export: logging to stdout only",_=n_(e,i,a,u);_!==void 0&&(n=c?{..._,url:o_(_.url)}:_)}return n}s(a_,"readFirstValidEndpoint");function fn(e,t){for(let[r,n]of Object.entries(t)){for(let o of Object.keys(e))o.toLowerCase()===r.toLowerCase()&&delete e[o];e[r]=n}}s(fn,"mergeHeaders");function Ec(e){return Object.keys(e).some(t=>t.toLowerCase()==="authorization")}s(Ec,"hasAuthorization");function c_(e,t,r){let n={};return fn(n,Ba(e,"OTEL_EXPORTER_OTLP_HEADERS",r)),fn(n,Ba(e,"OTEL_EXPORTER_OTLP_LOGS_HEADERS",r)),t.headers!==void 0&&fn(n,u_(e,t.headers,r)),n}s(c_,"readHeaders");function u_(e,t,r){let n={};if(typeof t!="object"||t===null)return e.invalid("options.headers","must be an object of header names to strings","a "+typeof t,""),n;for(let[o,i]of Object.entries(t)){typeof i=="string"&&r.push(...Hn(i));let a=`options.headers[${JSON.stringify(o)}]`;ic.test(o)?typeof i!="string"||!ac.test(i)?e.invalid(a,"must be a string without control characters",`a ${typeof i=="string"?"string with a control character":typeof i} (values are not shown)`,""):n[o]=i:e.invalid(a,"must be named by an HTTP token",JSON.stringify(o),"")}return n}s(u_,"readOptionHeaders");function E_(e,t,r,n){let o=t.grafanaInstanceId!==void 0?"options.grafanaInstanceId":"GRAFANA_CLOUD_INSTANCE_ID",i=t.grafanaToken!==void 0?"options.grafanaToken":"GRAFANA_CLOUD_TOKEN",a=t.grafanaInstanceId??e.get("GRAFANA_CLOUD_INSTANCE_ID"),c=t.grafanaToken??e.get("GRAFANA_CLOUD_TOKEN");n.push(...__(a,c)),a!==void 0&&typeof a!="string"?e.invalid(o,"must be a string",v(a),""):c!==void 0&&typeof c!="string"?e.invalid(i,"must be a string",`a ${typeof c} (not shown)`,""):a===void 0!=(c===void 0)?e.problems.push(`Cannot use Grafana Cloud auth as ${o} and ${i} must be set together: got only ${a===void 0?i:o}`):a!==void 0&&c!==void 0&&(a.includes(":")?e.problems.push(`Cannot use ${o} as it must be the instance id alone: got a value with ":" (not shown: it may hold the token); put the id in ${o} and the token in ${i}`):Ec(r)||(r.Authorization="Basic "+Le(`${a}:${c}`)[0]))}s(E_,"addGrafanaCloudAuth");function __(e,t){let r=[];return typeof t=="string"&&r.push(t,...Le(t)),typeof e=="string"&&e.includes(":")&&r.push(e,e.slice(e.indexOf(":")+1),...Le(e)),typeof e=="string"&&typeof t=="string"&&r.push(`${e}:${t}`,...Le(`${e}:${t}`)),r}s(__,"grafanaSecrets");function T_(e,t,r){e.user===""&&e.password===""||(r.push(...Le(`${e.user}:${e.password}`)),Ec(t)||(t.Authorization="Basic "+Le(`${e.user}:${e.password}`)[0]))}s(T_,"addUserinfoAuth");function l_(e){let t=e.lastIndexOf("@");if(t<0)return[];let r=e.indexOf("://"),n=e.slice(r>=0&&r<t?r+3:0,t),o=[];for(let i of[n,re(n)??n]){o.push(i);let a=i.indexOf(":");a>=0&&o.push(i.slice(0,a),i.slice(a+1),i.slice(i.lastIndexOf(":")+1))}return o}s(l_,"userinfoSecrets");function S_(e,t){let r=A_(e,t),n=d_(e),o=et(e,{option:t.protocol,optionName:"protocol",envNames:["OTEL_EXPORTER_OTLP_LOGS_PROTOCOL","OTEL_EXPORTER_OTLP_PROTOCOL"],allowed:["http/protobuf","http/json"],fallback:p.protocol}),i=et(e,{option:t.compression,optionName:"compression",envNames:["OTEL_EXPORTER_OTLP_LOGS_COMPRESSION","OTEL_EXPORTER_OTLP_COMPRESSION"],allowed:["gzip","none"],fallback:p.compression}),a=f_(e,t);return{enabled:r==="otlp"&&!n,protocol:o,compression:i,timeoutMs:a}}s(S_,"readExporter");function A_(e,t){if(t.exporter!==void 0)return et(e,{option:t.exporter,optionName:"exporter",envNames:[],allowed:["otlp","none"],fallback:p.exporter});let r=e.get("OTEL_LOGS_EXPORTER");if(r===void 0)return p.exporter;let n=r.split(",").map(i=>i.trim().toLowerCase()).filter(i=>i!==""),o=n.filter(i=>i!=="otlp"&&i!=="none");return o.length>0&&e.invalid("OTEL_LOGS_EXPORTER",\'must list only "otlp" or "none" (stdout always gets every record as a JSON line)\',JSON.stringify(r),n.length>o.length?"using only the known names in it":\'using the default "otlp"\'),n.includes("otlp")?"otlp":n.includes("none")?"none":p.exporter}s(A_,"readExporterName");function d_(e){let t=e.get("OTEL_SDK_DISABLED");if(t===void 0)return!1;let r=t.toLowerCase();return r==="true"?!0:(r!=="false"&&e.invalid("OTEL_SDK_DISABLED",\'must be "true" or "false"\',JSON.stringify(t),"using false"),!1)}s(d_,"readSdkDisabled");function f_(e,t){let r=s((i,a,c,u)=>Y(e,{option:i,optionName:"timeoutMs",envName:a,min:1,max:Gn,unit:"milliseconds",fallback:c??p.timeoutMs,fallbackText:u}),"timeout"),n=r(void 0,"OTEL_EXPORTER_OTLP_TIMEOUT"),o=r(void 0,"OTEL_EXPORTER_OTLP_LOGS_TIMEOUT",n,`OTEL_EXPORTER_OTLP_TIMEOUT or the default ${p.timeoutMs}`);return t.timeoutMs!==void 0?r(t.timeoutMs):o}s(f_,"readExportTimeoutMs");function R_(e,t){let r={};t.batch!==void 0&&(typeof t.batch=="object"&&t.batch!==null?r=t.batch:e.invalid("options.batch","must be an object",v(t.batch),""));let n=s((a,c,u,_)=>Y(e,{option:a,optionName:`batch.${c}`,envName:u,min:1,max:_e,unit:"records",fallback:_}),"size"),o=s((a,c,u,_)=>Y(e,{option:a,optionName:`batch.${c}`,envName:u,min:1,max:Gn,unit:"milliseconds",fallback:_}),"ms"),i={maxQueueSize:n(r.maxQueueSize,"maxQueueSize","OTEL_BLRP_MAX_QUEUE_SIZE",p.batchMaxQueueSize),maxExportBatchSize:n(r.maxExportBatchSize,"maxExportBatchSize","OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",p.batchMaxExportBatchSize),scheduledDelayMs:o(r.scheduledDelayMs,"scheduledDelayMs","OTEL_BLRP_SCHEDULE_DELAY",p.batchScheduledDelayMs),exportTimeoutMs:o(r.exportTimeoutMs,"exportTimeoutMs","OTEL_BLRP_EXPORT_TIMEOUT",p.batchExportTimeoutMs)};if(i.maxExportBatchSize>i.maxQueueSize){let a=r.maxExportBatchSize!==void 0?"options.batch.maxExportBatchSize":"OTEL_BLRP_MAX_EXPORT_BATCH_SIZE",c=r.maxQueueSize!==void 0?"options.batch.maxQueueSize":"OTEL_BLRP_MAX_QUEUE_SIZE";e.invalid(a,`must not exceed ${c} (${i.maxQueueSize})`,String(i.maxExportBatchSize),`using ${i.maxQueueSize}`),i.maxExportBatchSize=i.maxQueueSize}return i}s(R_,"readBatch");function p_(e,t){return{worker:ka(e,t.worker,"worker",!0),exitHooks:ka(e,t.exitHooks,"exitHooks",!0),shutdownTimeoutMs:Y(e,{option:t.shutdownTimeoutMs,optionName:"shutdownTimeoutMs",min:1,max:Gn,unit:"milliseconds",fallback:p.shutdownTimeoutMs})}}s(p_,"readLifecycle");function _c(e,t){let r=new On(t),n=qE(r,e),o=e_(r,e),i=p_(r,e),a=r_(r,e),c=S_(r,e),u=s_(r,e),_=R_(r,e),l=ZE(r),T=null,d="";c.enabled&&(u.url!==void 0?T={url:u.url,protocol:c.protocol,headers:u.headers,timeoutMs:c.timeoutMs,compression:c.compression,batch:_}:u.urlGiven||(d="no OTLP endpoint configured (set OTEL_EXPORTER_OTLP_ENDPOINT); logging to stdout only"));let f={...n,...o,secrets:uc(u.secrets),...a,otlp:T,otlpNotice:d,...i,loki:l};if(r.denied.length>0){let N=r.denied.join(",");r.warnings.push(`Cannot read ${r.denied.join(", ")} as Deno needs --allow-env=${N}: got a permission error; using defaults and options for ${r.denied.length===1?"it":"them"}`)}let R=Tr(f);return{config:f,problems:r.problems.map(R),warnings:r.warnings.map(R)}}s(_c,"resolveConfig");function Tc(e,t,r){let{config:n,problems:o,warnings:i}=_c(e,r);if(o.length>0){let a=new qt(o);if(t)throw a;U(`${a.message}\nlockbox: started with defaults for those settings`)}for(let a of i)U(a);return n}s(Tc,"configForStart");var Nn=0,tr=1,rr=2,Ln=3,tt=4,rt=5,m_=6,lc=7,h_=8,w=null,nt=class{constructor(t,r,n,o){this.name=t;this.nameBytes=g_(t),this.contextCount=r,this.contextBytes=n,this.contextTruncated=o,this.buckets=O_(t)}name;static{s(this,"LoggerCore")}nameBytes;contextCount;contextBytes;contextTruncated;buckets},Sc=new Uint8Array(0),Yt=new TextEncoder;function g_(e){let t=Yt.encode(e.length>Xe?e.slice(0,Xe):e);return t.length>Xe?t.slice(0,Xe):t}s(g_,"encodeKey");var nr=class{constructor(t,r,n,o,i){this.tokens=t;this.last=r;this.core=n;this.event=o;this.owner=i}tokens;last;core;event;owner;static{s(this,"RateBucket")}suppressed=0},ue=new Map,Ga=0,Ce=new Set,Ac=null;function O_(e){let t=ue.get(e);if(t===void 0){if(ue.size>=Kt&&++Ga>=Kt/4){Ga=0;for(let[r,n]of ue)n.size===0&&ue.delete(r)}t=new Map,ue.size<Kt&&ue.set(e,t)}return t}s(O_,"bucketsFor");function N_(e,t,r,n){let o=e.rateLimit,i=o*2,a=t.buckets.get(r);a===void 0&&(Ce.size<Kt||L_(n)?(a=new nr(i,n,t,r,t.buckets),t.buckets.set(r,a),Ce.add(a)):a=Ac??=new nr(i,n,t,r,new Map));let c=Math.min(i,a.tokens+(n-a.last)*o/1e3);return a.last=n,c>=1?(a.tokens=c-1,!0):(a.tokens=c,a.suppressed++===0&&e.suppressed.push(a),!1)}s(N_,"admitRate");function L_(e){let t=0;for(let r of Ce){if(t++>=4)return!1;if(Ce.delete(r),e-r.last>=2e3&&r.suppressed===0)return r.owner.delete(r.event),!0;Ce.add(r)}return!1}s(L_,"evictIdleBucket");function C_(){for(let e of ue.values())e.clear();Ce.clear(),Ac=null}s(C_,"resetRateGuard");var b_=Symbol.for("opentelemetry.js.api.1"),M_=Symbol.for("OpenTelemetry Context Key SPAN"),I_=globalThis;function D_(){let e=I_[b_]?.context;if(e!==void 0)try{let r=e.active()?.getValue(M_)?.spanContext?.();if(r!==void 0&&typeof r.traceId=="string"&&r.traceId.length===32&&typeof r.spanId=="string"&&r.spanId.length===16)return r}catch{}}s(D_,"activeSpanContext");var Cn=Date.now()-performance.now();function P_(){return Cn+performance.now()}s(P_,"wallClockMs");function y_(){let e=Date.now()-performance.now();Math.abs(e-Cn)>2&&(Cn=e)}s(y_,"reanchorClock");var or=1,$t=2,dc=4,bn=0,Qe=1,fc=2,Rc=3,pc=4,zt=5,mc=6,X=7,hc=8,qe=8192,ot=class{static{s(this,"Encoder")}own=new Uint8Array(Ee+qe);ownView=new DataView(this.own.buffer);buf=this.own;view=this.ownView;base=0;pos=0;limit=Ee;markerLimit=Ee+qe-512;nodes=0;truncated=!1;maxValueBytes=p.maxValueBytes;seen=[];reset(){this.target(this.own,this.ownView,0)}target(t,r,n){this.buf=t,this.view=r,this.base=this.pos=n,this.limit=n+Ee,this.markerLimit=n+Ee+qe-512,this.nodes=0,this.truncated=!1,this.seen.length!==0&&(this.seen.length=0)}head(t){return t>=4096?this.own.subarray(0,t):this.#e[t]??=this.own.subarray(0,t)}#e=[];u8(t){this.buf[this.pos++]=t}u32(t){this.view.setUint32(this.pos,t,!0),this.pos+=4}f64(t){this.view.setFloat64(this.pos,t,!0),this.pos+=8}bytes(t){let r=t.length;if(this.u32(r),r<=32){let n=this.buf,o=this.pos;for(let i=0;i<r;i++)n[o++]=t[i]}else this.buf.set(t,this.pos);this.pos+=r}str(t,r){let n=this.pos,o=n+4,i=t.length,a=this.buf;if(i<=64&&i<=r&&o+i<=this.limit){let _=0;for(;_<i;_++){let l=t.charCodeAt(_);if(l>=128)break;a[o+_]=l}if(_===i){this.view.setUint32(n,i,!0),this.pos=o+i;return}}let c=Math.max(0,Math.min(r,this.limit-o)),u;if(i*3<=c)u=Yt.encodeInto(t,a.subarray(o,o+i*3)).written;else{let _=Yt.encodeInto(t,a.subarray(o,o+c));if(u=_.written,_.read<i){let l=i-_.read,T=l<=65536?`${b.Buffer.byteLength(t.slice(_.read),"utf8")} bytes`:`at least ${l} bytes`;u+=Yt.encodeInto(`\\u2026[truncated ${T}]`,a.subarray(o+u,o+u+64)).written,this.truncated=!0}}this.view.setUint32(n,u,!0),this.pos=o+u}marker(t){let r=this.limit;this.limit=this.markerLimit,this.u8(zt),this.str(t,256),this.limit=r}full(){return this.pos>=this.limit||this.nodes>=IE?(this.truncated=!0,!0):!1}value(t,r){switch(typeof t){case"string":return this.u8(zt),this.str(t,this.maxValueBytes),!0;case"number":return this.u8(pc),this.f64(t),!0;case"boolean":return this.u8(t?fc:Rc),!0;case"bigint":return this.u8(zt),this.str(t.toString(),this.maxValueBytes),!0;case"undefined":case"function":case"symbol":return!1}if(t===null)return this.u8(Qe),!0;let n=this.pos,o=this.seen.length;try{this.object(t,r)}catch(i){this.pos=n,this.seen.length=o,this.marker(`[Unreadable: ${ne(i)}]`),this.truncated=!0}return!0}object(t,r){if(this.nodes++,this.full())return this.marker("[Size limit]");if(this.seen.includes(t))return this.marker("[Circular]");if(Object.getPrototypeOf(t)===Object.prototype&&r<Qt&&typeof t.toJSON!="function"){this.seen.push(t),this.u8(X),this.pairs(t,r),this.seen.pop();return}if(t instanceof Date){let n=t.getTime();return this.marker(Number.isNaN(n)?"Invalid Date":new Date(n).toISOString())}if(r>=Qt)return this.truncated=!0,this.marker("[Depth limit]");if(this.seen.push(t),t instanceof Error)this.u8(hc),this.str(Ha(t,"name","Error"),this.maxValueBytes),this.str(Ha(t,"message",""),this.maxValueBytes),this.value(Wt(t,"stack"),r+1)||this.u8(bn),(!("cause"in t)||!this.value(Wt(t,"cause"),r+1))&&this.u8(bn);else if(Array.isArray(t)||t instanceof Set){this.u8(mc);let n=this.pos;this.u32(0);let o=0,i=0;if(Array.isArray(t)){i=t.length;let a=Math.min(i,kt);for(let c=0;c<a&&!this.full();c++,o++)this.nodes++,this.value(t[c],r+1)||this.u8(Qe)}else{i=t.size;for(let a of t){if(o>=kt||this.full())break;this.nodes++,this.value(a,r+1)||this.u8(Qe),o++}}i>o&&(this.marker(`[${i-o} more items]`),o++,this.truncated=!0),this.view.setUint32(n,o,!0)}else if(ArrayBuffer.isView(t))this.marker(`[${t.constructor?.name??"TypedArray"} ${t.byteLength} bytes]`);else if(typeof t.toJSON=="function"){let n=t.toJSON();this.value(n,r+1)||this.u8(Qe)}else if(t instanceof Map){this.u8(X);let n=this.pos;this.u32(0);let o=0;for(let[i,a]of t){if(o>=kt||this.full()){this.moreKeys(),o++;break}this.pair(String(i),a,r)&&o++}this.view.setUint32(n,o,!0)}else this.u8(X),this.pairs(t,r);this.seen.pop()}pairs(t,r){let n=this.pos;this.u32(0);let o=0;for(let i in t)if(Object.hasOwn(t,i)){if(o>=kt||this.full()){this.moreKeys(),o++;break}this.pair(i,Wt(t,i),r)&&o++}return this.view.setUint32(n,o,!0),o}moreKeys(){this.truncated=!0;let t=this.limit;this.limit=this.markerLimit,this.str("[more]",16),this.limit=t,this.marker("more keys omitted")}pair(t,r,n){let o=this.pos;return this.nodes++,this.str(t,Xe),this.value(r,n+1)?!0:(this.pos=o,!1)}};function Wt(e,t){try{return e[t]}catch(r){return`[Unreadable: ${ne(r)}]`}}s(Wt,"readProperty");function Ha(e,t,r){let n=Wt(e,t);if(n==null)return r;try{return String(n)}catch{return r}}s(Ha,"stringProperty");var sr=null;function U_(e){let t=sr??=new ot;t.maxValueBytes=w?.config.maxValueBytes??p.maxValueBytes,t.reset();let r=0;try{typeof e=="object"&&e!==null&&(r=t.pairs(e,-1))}catch(n){t.reset(),t.u32(1),t.str("lockbox.attributes_error",64),t.marker(ne(n)),r=1}return{count:r,bytes:t.buf.slice(4,t.pos),truncated:t.truncated}}s(U_,"encodeContext");function Ke(e,t,r,n){let o=w;if((o===null||o.phase!==0)&&(o=w_(),o===null)||e<o.minLevel)return;let i=o.clock();if(o.rateLimit>0&&!N_(o,t,r,i)){o.rateLimited++;return}Mn(o,i,e,t,r,n,0)?o.accepted++:o.queueFull++}s(Ke,"emit");function Mn(e,t,r,n,o,i,a){let c=sr,u=e.ring,_=a&or?GE:0,l=u.claim(Ee+qe,_);if(l===gc)return!1;l>=0?c.target(u.bytes,u.view,l):c.reset();let T=c.base;try{let f=D_();if(c.u8(0),c.u8(r),c.f64(t),f!==void 0){a|=dc,c.u8(Number(f.traceFlags)&255);let R=c.buf,N=c.pos;for(let g=0;g<32;g++)R[N++]=f.traceId.charCodeAt(g)&127;for(let g=0;g<16;g++)R[N++]=f.spanId.charCodeAt(g)&127;c.pos=N}if(c.bytes(n.nameBytes),c.value(o,0)||c.marker(String(o)),c.u32(n.contextCount),c.bytes(n.contextBytes),i==null)c.u8(bn);else if(typeof i!="object"||i instanceof Error){c.u8(X);let R=c.pos;c.u32(0),c.pair(i instanceof Error?"error":"value",i,-1)&&c.view.setUint32(R,1,!0)}else{let R=c.pos;c.u8(X);try{c.pairs(i,-1)}catch(N){c.pos=R,c.u8(X),c.u32(1),c.str("lockbox.attributes_error",64),c.marker(ne(N)),c.truncated=!0}}(n.contextTruncated||c.truncated)&&(a|=$t),c.buf[T]=a}catch(f){l>=0?c.target(u.bytes,u.view,l):c.reset(),a|=$t,c.u8(a),c.u8(r),c.f64(t),c.bytes(n.nameBytes),c.marker("[unencodable record]"),c.u32(0),c.u32(0),c.u8(X),c.u32(1),c.str("lockbox.attributes_error",64),c.marker(ne(f))}let d=c.pos-T;if(l>=0)u.commit(l,d);else if(!u.push(c.head(d),d,_))return!1;return a&$t&&e.truncated++,!0}s(Mn,"encodeRecord");function w_(){let e=w;return e===null?(Kn({},!1),w):((e.phase===2||e.phase===1)&&e.afterShutdown++,null)}s(w_,"admitSlow");var In=class e{static{s(this,"LoggerImpl")}#e;constructor(t){this.#e=t}debug(t,r){Ke(0,this.#e,t,r)}info(t,r){Ke(1,this.#e,t,r)}warn(t,r){Ke(2,this.#e,t,r)}error(t,r){Ke(3,this.#e,t,r)}fatal(t,r){Ke(4,this.#e,t,r)}child(t){let r=this.#e,n=U_(t),o=new Uint8Array(r.contextBytes.length+n.bytes.length);return o.set(r.contextBytes,0),o.set(n.bytes,r.contextBytes.length),new e(new nt(r.name,r.contextCount+n.count,o,r.contextTruncated||n.truncated))}isEnabled(t){w===null&&Kn({},!1);let r=st.indexOf(t);return r>=0&&r>=(w?.minLevel??0)}};function x_(e,t){let r;try{r=typeof e=="string"?e:String(e)}catch{r="[unprintable logger name]"}let n=new In(new nt(r,0,Sc,!1));return t===void 0?n:n.child(t)}s(x_,"getLogger");var Ye=0,Bt=1,Ne=16,$e=17,Gt=32,ze=33,jt=34,Fn=35,Te=36,Ht=192,Fa=4294967295,Rn=1,Ka=2,v_=64*1024,gc=-2,be=class{constructor(t,r){this.buffer=t;this.maxRecords=r;this.ctl=new Int32Array(t,0,Ht/4),this.bytes=new Uint8Array(t,Ht),this.view=new DataView(t,Ht),this.capacity=this.bytes.length;let n=this.ctl;this.#e=Atomics.load(n,Ye),this.#t=Atomics.load(n,Bt),this.#i=this.#r=Atomics.load(n,Ne),this.#o=this.#s=Atomics.load(n,$e),this.#c=this.#e,this.#E=Math.max(1,Math.floor(r/gn)),this.#u=Math.floor(this.capacity/gn)}buffer;maxRecords;static{s(this,"Ring")}ctl;bytes;view;capacity;#e;#t;#r;#s;#n=0;#a=!1;#E;#u;#i;#o;#c;static create(t){return new SharedArrayBuffer(Ht+t)}#_(t,r){let n=this.#e,o=this.#r,i=this.capacity;return n>=o?t<=i-n-(o===0?1:0)?n:r&&t<=o-1?0:-1:t<=o-n-1?n:-1}#T(t){let r=this.maxRecords+t;return(this.#t-this.#s|0)<r?!0:(this.#s=Atomics.load(this.ctl,$e),(this.#t-this.#s|0)<r)}claim(t,r=0){if(!this.#T(r))return gc;let n=4+t,o=this.#u+2*n,i=this.#e>=o&&(this.#t&15)===0?this.#l(n):-1;return i<0&&(i=this.#_(n,!1)),i<0&&(this.#r=Atomics.load(this.ctl,Ne),i=this.#_(n,!1)),i<0?-1:i+4}#l(t){let r=this.#r=Atomics.load(this.ctl,Ne);return r<=this.#e&&t<r&&this.#e-r<=v_?0:-1}commit(t,r){t===4&&this.#S(),this.view.setUint32(t-4,r,!0),this.#A(t+r)}#S(){let t=this.#e;t!==0&&(this.#n=t,this.#a=!0,this.capacity-t>=4&&this.view.setUint32(t,Fa,!0))}push(t,r,n=0){if(!this.#T(n))return!1;let o=4+r,i=this.#_(o,!0);return i<0&&(this.#r=Atomics.load(this.ctl,Ne),i=this.#_(o,!0),i<0)?!1:(i===0&&this.#S(),this.view.setUint32(i,r,!0),this.bytes.set(t.length===r?t:t.subarray(0,r),i+4),this.#A(i+o),!0)}#A(t){let r=this.ctl;this.#e=t===this.capacity?0:t,this.#t=this.#t+1|0,r[Bt]=this.#t,Atomics.store(r,Ye,this.#e);let n=Atomics.load(r,ze);(n===Rn||n===Ka&&(this.#a||this.#f()))&&this.wake(),this.#a=!1}#f(){return this.#d()?(this.#s=Atomics.load(this.ctl,$e),this.#r=Atomics.load(this.ctl,Ne),this.#d()):!1}#d(){let t=this.#e,r=this.#r,n=t>=r?t-r:this.#n-r+t;return(this.#t-this.#s|0)>=this.#E||n>=this.#u}wake(){let t=this.ctl;Atomics.store(t,ze,0),Atomics.add(t,Gt,1),Atomics.notify(t,Gt)}size(){return Atomics.load(this.ctl,Bt)-Atomics.load(this.ctl,$e)|0}empty(){return this.#i===(this.#c=Atomics.load(this.ctl,Ye))}peek(){let t=this.#i;return t===this.#c&&(this.#c=Atomics.load(this.ctl,Ye),t===this.#c)?-1:((this.capacity-t<4||this.view.getUint32(t,!0)===Fa)&&(this.#i=t=0),t)}lengthAt(t){return this.view.getUint32(t,!0)}release(t,r){let n=this.ctl,o=t+4+r;this.#i=o===this.capacity?0:o,this.#o=this.#o+1|0,Atomics.store(n,Ne,this.#i),Atomics.store(n,$e,this.#o)}sleep(t,r=Rn){let n=this.ctl,o=Atomics.load(n,Gt);if(Atomics.store(n,ze,r),(r===Rn?Atomics.load(n,Ye)!==this.#i:(Atomics.load(n,Bt)-this.#o|0)>=this.#E)||Atomics.load(n,jt)===1)return Atomics.store(n,ze,0),Promise.resolve();let a=Atomics.waitAsync;if(typeof a=="function"){let c=a(n,Gt,o,t);return c.async?c.value:Promise.resolve()}return new Promise(c=>{setTimeout(c,Math.min(t,rc)).unref?.()})}nap(t){return this.sleep(t,Ka)}sleeping(){return Atomics.load(this.ctl,ze)!==0}stop(){Atomics.store(this.ctl,jt,1),this.wake()}stopping(){return Atomics.load(this.ctl,jt)===1}};function V_(e,t,r,n){let o=Atomics.waitAsync;if(typeof o=="function"){let i=o(e,t,r,n);return i.async?i.value:Promise.resolve()}return new Promise(i=>setTimeout(i,Math.min(n,rc)))}s(V_,"sleepOn");function k_(e){return Math.min(xE,Math.max(wE,e*UE))}s(k_,"ringBytesFor");var V=class{static{s(this,"ErrorValue")}type;message;stack;cause;constructor(t,r){this.type=t,this.message=r}},ir=class{static{s(this,"Redactor")}#e;#t;#r;#s;#n=new Map;constructor(t){this.#e=t.redactKeys,this.#t=t.redactPatterns,this.#r=t.secrets;let r=t.redactKeys.map(n=>n.replace(/[.*+?^${}()|[\\]\\\\]/g,"\\\\$&")).join("|");this.#s=new RegExp(`([\\\\w.-]*(?:${r})[\\\\w.-]*)(\\\\s*[=:]\\\\s*)("[^"]*"|\'[^\']*\'|[^\\\\s,;&"\']+)`,"gi")}isSecretKey(t){let r=this.#n.get(t);if(r===void 0){let n=t.toLowerCase();r=this.#e.some(o=>n.includes(o)),this.#n.size>=nc&&this.#n.clear(),this.#n.set(t,r)}return r}string(t){for(let o of this.#r)t.includes(o)&&(t=t.split(o).join(te));t.includes("@")&&(t=t.replace(sc,`$1${te}@`));let r=B_.test(t);if(r){let o=this.#s;o.lastIndex=0,o.test(t)&&(o.lastIndex=0,t=t.replace(o,`$1$2${te}`))}let n=this.#t;for(let o=r?0:oc.length;o<n.length;o++){let i=n[o];i.lastIndex=0,i.test(t)&&(i.lastIndex=0,t=t.replace(i,te))}return t}},B_=/Bearer|Basic|eyJ|[=:]/,G_=/^[0-9a-f]{32}$/,H_=8,F_=/^[0-9a-f]{16}$/,ar=class{static{s(this,"Decoder")}#e=b.Buffer.alloc(0);#t=new DataView(new ArrayBuffer(0));#r=0;#s;constructor(t){this.#s=t}#n(){return this.#e[this.#r++]}#a(){let t=this.#t.getUint32(this.#r,!0);return this.#r+=4,t}#E(){let t=this.#t.getFloat64(this.#r,!0);return this.#r+=8,t}#u(){let t=this.#a(),r=this.#r;this.#r+=t;let n=this.#e;if(t<=H_){let o="",i=r,a=r+t;for(;i<a;i++){let c=n[i];if(c>=128)break;o+=String.fromCharCode(c)}if(i===a)return o}return n.toString("utf8",r,r+t)}#i(t){let r=this.#r;return this.#r+=t,this.#e.toString("latin1",r,r+t)}#o(){switch(this.#n()){case Qe:return null;case fc:return!0;case Rc:return!1;case pc:{let r=this.#E();return Number.isFinite(r)?r:String(r)}case zt:return this.#s.string(this.#u());case mc:{let r=this.#a(),n=new Array(r);for(let o=0;o<r;o++)n[o]=this.#o()??null;return n}case X:{let r=this.#a(),n={};for(let o=0;o<r;o++){let i=this.#u(),a=this.#o();Me(n,i,a!==void 0&&this.#s.isSecretKey(i)?te:a)}return n}case hc:{let r=new V(this.#s.string(this.#u()),this.#s.string(this.#u())),n=this.#o();n!==void 0&&(r.stack=n);let o=this.#o();return o!==void 0&&(r.cause=o),r}default:return}}#c(t,r,n,o){for(let i=0;i<t;i++){let a=this.#u(),c=this.#o();if(c===void 0)continue;this.#s.isSecretKey(a)&&(c=te);let u=o===null?void 0:o.get(a);u!==void 0?n[u]=c:(o?.set(a,r.length),r.push(a),n.push(c))}}decode(t){let r=b.Buffer.isBuffer(t)?t:b.Buffer.from(t.buffer,t.byteOffset,t.byteLength);return this.decodeAt(r,new DataView(r.buffer,r.byteOffset,r.byteLength),0)}decodeAt(t,r,n){this.#e=t,this.#t=r,this.#r=n;let o=this.#n(),i=this.#n(),a=this.#E(),c=0,u="",_="";o&dc&&(c=this.#n(),u=this.#i(32),_=this.#i(16),(!G_.test(u)||!F_.test(_)||/^0+$/.test(u)||/^0+$/.test(_))&&(u=_=""));let l=this.#u(),T=this.#o(),d=typeof T=="string"?T:T===void 0?"":this.#s.string(JSON.stringify(T)??""),f=[],R=[],N=this.#a();this.#a(),N>0&&this.#c(N,f,R,new Map);let g=[],A=[];this.#n()===X&&this.#c(this.#a(),g,A,null);let h=f.length>0;for(let C=0;C<g.length&&!h;C++)h=tc.has(g[C])||g[C].startsWith(vn);let P=g,k=A;if(h){P=[],k=[];let C=new Set(g);for(let M=0;M<f.length;M++){let x=f[M],$=Ya(x);C.has(x)||$!==x&&C.has($)||(P.push($),k.push(R[M]))}for(let M=0;M<g.length;M++){let x=g[M],$=Ya(x);$!==x&&C.has($)||(P.push($),k.push(A[M]))}}return{internal:(o&or)!==0,truncated:(o&$t)!==0,level:i<st.length?i:1,time:a,traceFlags:c,traceId:u,spanId:_,logger:l,message:d,keys:P,values:k}}};function Me(e,t,r){t==="__proto__"?Object.defineProperty(e,t,{value:r,enumerable:!0,writable:!0,configurable:!0}):e[t]=r}s(Me,"setOwn");function Ya(e){return tc.has(e)?vn+e:e}s(Ya,"outputKey");function Oc(e){Number.isFinite(e)||(e=0);let t=Math.floor(e*1e3),r=Math.floor(t/1e6);if(r!==We.sec){We.sec=r;try{let n=new Date(r*1e3).toISOString();We.text=n.slice(0,n.length-4)}catch{We.text="1970-01-01T00:00:00."}}return We.text+String(t-r*1e6+1e6).slice(1)+"Z"}s(Oc,"isoMicros");var We={sec:NaN,text:""},K_=1024,Y_=128,pn=new Map;function $a(e){let t=pn.get(e);return t===void 0&&(t=JSON.stringify(e),pn.size<K_&&e.length<=Y_&&pn.set(e,t)),t}s($a,"quoteKey");var Dn=class{static{s(this,"LokiCaps")}#e;#t;constructor(t,r){let n=PE,o=yE;for(let i of $_)i in r||(n++,o+=D(i)+32);for(let i of Object.keys(r))DE.has(i)||(n++,o+=D(i)+D(String(r[i])));this.#e=t.maxEntries===0?1/0:t.maxEntries-n,this.#t=t.maxMetadataBytes===0?1/0:t.maxMetadataBytes-o}apply(t){if(this.#e===1/0&&this.#t===1/0)return!1;if(t.keys.length<=this.#e){O.entries=0,O.bytes=0;for(let A=0;A<t.values.length;A++)Jt(t.keys[A],t.keys[A].length,t.values[A],!1);if(O.entries<=this.#e&&O.bytes<=this.#t)return!1}let r=t.values.map((A,h)=>lr(t.keys[h],A)),n=0,o=0;for(let A of r)n+=A.entries,o+=A.bytes;if(n<=this.#e&&o<=this.#t)return!1;let i=this.#e-1,a=this.#t-Vn*3-64,c=0,u=0,_=[],l=new Array(t.keys.length),T=s((A,h)=>c+A>i||u+h>a?!1:(c+=A,u+=h,!0),"fits"),d=t.values.findIndex(A=>A instanceof V);d>=0&&(T(r[d].entries,r[d].bytes)?l[d]=t.values[d]:_.push(t.keys[d]));for(let A=0;A<t.keys.length;A++){let h=t.values[A];cr(h)||A===d||(T(r[A].entries,r[A].bytes)?l[A]=h:_.push(t.keys[A]))}for(let A=0;A<t.keys.length;A++){let h=t.values[A];if(!cr(h))continue;let P=Lc(h,t.keys[A],T,_);P!==void 0&&(l[A]=P)}let f=[],R=[],N="";for(let A=0;A<t.keys.length;A++)if(l[A]!==void 0){if(t.keys[A]===Ze){let h=l[A];N=(typeof h=="string"?h:JSON.stringify(h)??"").slice(0,100)+"; ";continue}f.push(t.keys[A]),R.push(l[A])}let g=`${this.#e===1/0?"":`${this.#e} entries, `}${this.#t===1/0?"no byte cap":`${this.#t} bytes`}`;return f.push(Ze),R.push(Nc(`${N}structured metadata: kept ${c} of ${n} entries, ${u} of ${o} bytes (room for attributes: ${g}); cut`,_)),t.keys=f,t.values=R,!0}},$_=["telemetry.sdk.language","telemetry.sdk.name","telemetry.sdk.version"],Ze="lockbox.truncated";function Nc(e,t){let r=e,n=0;for(;n<t.length;n++){let o=`${n===0?": ":", "}${t[n]}`;if(r.length+o.length>Vn-24)break;r+=o}return n<t.length&&(r+=` (+${t.length-n} more)`),r}s(Nc,"markerText");function cr(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)&&!(e instanceof V)}s(cr,"isPlainMap");function D(e){return b.Buffer.byteLength(e,"utf8")}s(D,"utf8Bytes");function lr(e,t){if(cr(t)){let n=0,o=0;for(let i of Object.keys(t)){let a=lr(`${e}.${i}`,t[i]);n+=a.entries,o+=a.bytes}return n===0?{entries:1,bytes:D(e)}:{entries:n,bytes:o}}if(t instanceof V){let n=3;for(let o=t.cause;o!==void 0;o=o instanceof V?o.cause:void 0)n+=3;return{entries:n,bytes:64*n+D(Cc(t))+D(t.message)}}let r=typeof t=="string"?t:JSON.stringify(t)??"null";return{entries:1,bytes:D(e)+D(r)}}s(lr,"metadataSize");var O={entries:0,bytes:0};function Jt(e,t,r,n){if(typeof r=="string")O.bytes+=(n?6:3)*r.length+2;else if(typeof r!="object"||r===null)O.bytes+=24;else if(Array.isArray(r)){n||(O.entries++,O.bytes+=3*t),O.bytes+=2;for(let o=0;o<r.length;o++)Jt("",0,r[o],!0);return}else if(r instanceof V){if(n)O.bytes+=1<<30;else{let o=lr(e,r);O.entries+=o.entries,O.bytes+=o.bytes}return}else{let o=r,i=0;for(let a in o)Object.hasOwn(o,a)&&(i++,n?(O.bytes+=6*a.length+4,Jt("",0,o[a],!0)):Jt(e,t+1+a.length,o[a],!1));n?O.bytes+=2:i===0&&(O.entries++,O.bytes+=3*t);return}n?O.bytes+=1:(O.entries++,O.bytes+=3*t)}s(Jt,"metadataBound");function Lc(e,t,r,n){let o={},i=0,a=Object.keys(e);if(a.length===0){if(r(1,D(t)))return o;n.push(t);return}for(let c of a){let u=e[c],_=`${t}.${c}`;if(cr(u)){let T=Lc(u,_,r,n);T!==void 0&&(Me(o,c,T),i++);continue}let l=lr(_,u);r(l.entries,l.bytes)?(Me(o,c,u),i++):n.push(_)}return i>0?o:void 0}s(Lc,"pruneMap");function Cc(e){let t=za(e),r=e.cause,n=0;for(;r!==void 0&&n<Qt;n++){let o=r instanceof V?za(r):typeof r=="string"?r:JSON.stringify(r)??"";if(t.length+o.length>z_)break;t+=`\nCaused by: ${o}`,r=r instanceof V?r.cause:void 0}if(r!==void 0){let o=0;for(let i=r;i!==void 0&&o<Qt;o++)i=i instanceof V?i.cause:void 0;t+=`\nCaused by: \\u2026[${o} more causes cut]`}return t}s(Cc,"exceptionStacktrace");var z_=16*1024;function za(e){return typeof e.stack=="string"&&e.stack!==""?e.stack:`${e.type}: ${e.message}`}s(za,"errorHead");function W_(e){let t=new Dn(e.loki,e.resource),r=e.loki.maxLineBytes;if(e.format==="pretty")return o=>{let i=t.apply(o),a=q_(o,r);return i&&(a.cut=!0),a};let n=`,"service":${JSON.stringify(e.service)},"env":${JSON.stringify(e.environment)},"version":${JSON.stringify(e.serviceVersion)}`;return o=>{let i=t.apply(o),a=j_(o,n,r);return i&&(a.cut=!0),a}}s(W_,"recordRenderer");function j_(e,t,r=p.maxLineBytes){let n=`{"ts":"${Oc(e.time)}","level":"${st[e.level]}","logger":${$a(e.logger)},"message":${JSON.stringify(e.message)}${t}`;e.traceId!==""&&(n+=`,"trace_id":"${e.traceId}","span_id":"${e.spanId}"`);let o=n;for(let i=0;i<e.keys.length;i++)n+=`,${$a(e.keys[i])}:${JSON.stringify(e.values[i])??"null"}`;return n.length*3<=r||D(n)+1<=r?{line:n+`}\n`,cut:!1}:{line:J_(e,o,r),cut:!0}}s(j_,"renderLine");function J_(e,t,r){let n=r-D(t)-Vn*3-64,o=t,i=0,a="",c=[];for(let _=0;_<e.keys.length;_++){if(e.keys[_]===Ze){a=String(e.values[_]);continue}let l=`,${JSON.stringify(e.keys[_])}:${JSON.stringify(e.values[_])??"null"}`,T=D(l);i+T<=n?(o+=l,i+=T):c.push(e.keys[_])}let u=Nc(`${a===""?"":`${a.slice(0,200)}; `}line size: over ${r} bytes; cut`,c);return o+=`,${JSON.stringify(Ze)}:${JSON.stringify(u)}}\n`,D(o)<=r+1?o:t+`,${JSON.stringify(Ze)}:"line size: over ${r} bytes"}\n`}s(J_,"cutLine");var X_=["\\x1B[90m","\\x1B[32m","\\x1B[33m","\\x1B[31m","\\x1B[35m"],Q_=/^[\\w.:/@+-]+$/;function q_(e,t=p.maxLineBytes){let r=Oc(e.time).slice(11,23),n=ec[e.level].padEnd(5),o=s(a=>Q_.test(a)?a:JSON.stringify(a),"text"),i=`\\x1B[2m${r}\\x1B[0m ${X_[e.level]}${n}\\x1B[0m \\x1B[2m${o(e.logger)}\\x1B[0m ${o(e.message)}`;e.traceId!==""&&(i+=` trace_id=${e.traceId} span_id=${e.spanId}`);for(let a=0;a<e.keys.length;a++){let c=e.values[a];i+=` ${o(e.keys[a])}=${typeof c=="string"?o(c):JSON.stringify(c)??"null"}`}return i.length*3>t&&D(i)+1>t?{line:b.Buffer.from(i,"utf8").subarray(0,t-4).toString("utf8").replace(/\\uFFFD$/,"")+`\\u2026\n`,cut:!0}:{line:i+`\n`,cut:!1}}s(q_,"renderPretty");var Wa=0,ja=1;function Ja(e){let t=e.code??e.name;return t==="EAGAIN"||t==="WouldBlock"||t==="EWOULDBLOCK"}s(Ja,"isEagain");function Z_(){try{let e=(0,oe.fstatSync)(1);if(e.isFile())return"file";if(L.default.platform==="linux"&&e.isCharacterDevice()&&e.rdev===eT)return"null"}catch{}return"stream"}s(Z_,"stdoutKind");var eT=259,je=0,Je=1,bc=16;function tT(){return new SharedArrayBuffer(bc+vE)}s(tT,"stdoutBacklogBuffer");var Pn=class{static{s(this,"StdoutSink")}#e;#t;#r;#s=[];#n=0;#a=0;#E=!1;#u=[];#i;#o;constructor(t,r){this.#e=t;let n=Z_();this.#i=n==="null",this.#o=n==="stream"?kE:BE,this.#t=new Float64Array(r,0,2),this.#r=b.Buffer.from(r,bc);let o=this.#t[Je],i=this.#t[je];if(i<=o){this.#t[je]=0,this.#t[Je]=0;return}let a=this.#r.length,c=o;for(let u=o;u<i;u++)this.#r[u%a]===10&&(this.#s.push(u+1-c),c=u+1);this.#a=o}push(t){let r=b.Buffer.byteLength(t,"utf8"),n=this.#t,o=n[je],i=this.#r;if(o-n[Je]+r>i.length){this.#e[rr]++;return}let a=o%i.length;if(a+r<=i.length)i.write(t,a,r,"utf8");else{let c=b.Buffer.from(t,"utf8"),u=i.length-a;i.set(c.subarray(0,u),a),i.set(c.subarray(u),0)}n[je]=o+r,this.#s.push(r)}flush(){if(this.#E)return!1;for(;;){let t=this.#s;if(this.#n===t.length)return this.#c(),!0;let r=t[this.#n],n=1;for(;this.#n+n<t.length&&r+t[this.#n+n]<=this.#o;)r+=t[this.#n+n++];let o=this.#_(this.#a,r);if(this.#n+=n,this.#a+=r,this.#n>4096&&this.#n*2>t.length&&(this.#s=t.slice(this.#n),this.#n=0),this.#i){this.#T(o.length,n,rT(o));continue}return this.#E=!0,this.#l(o,0,n),!1}}#c(){this.#n>0&&(this.#s=[],this.#n=0),this.#a>0&&(this.#t[je]=0,this.#t[Je]=0,this.#a=0);for(let t of this.#u.splice(0))t()}#_(t,r){let n=this.#r,o=t%n.length;return o+r<=n.length?b.Buffer.from(n.subarray(o,o+r)):b.Buffer.concat([n.subarray(o),n.subarray(0,r-(n.length-o))])}#T(t,r,n){this.#t[Je]+=t,this.#e[n?Nn:tr]+=r}#l(t,r,n){let o=s(a=>{this.#T(t.length,n,a),this.#E=!1,this.flush()},"done"),i=s((a,c)=>{if(a){if(!Ja(a))return o(!1);setTimeout(()=>this.#l(t,r,n),va).unref?.();return}r+c<t.length?this.#l(t,r+c,n):o(!0)},"settle");try{Xa!==void 0?Xa.write(t.subarray(r)).then(a=>i(null,a),a=>i(a,0)):(0,oe.write)(1,t,r,t.length-r,null,i)}catch{o(!1)}}async finish(t){for(;!this.flush()&&Date.now()<t;)await new Promise(r=>{this.#u.push(r),setTimeout(r,Math.min(50,Math.max(1,t-Date.now()))).unref?.()})}finishSync(t){let r=this.#s;for(;this.#n<r.length&&Date.now()<t;){let n=r[this.#n++],o=this.#_(this.#a,n);this.#a+=n;let i=0,a=!0;for(;i<o.length;)try{i+=(0,oe.writeSync)(1,o,i,o.length-i)}catch(c){if(!Ja(c)||Date.now()>=t){a=!1;break}Atomics.wait(nT,0,0,va)}this.#T(n,1,a)}}};function rT(e){try{for(let t=0;t<e.length;)t+=(0,oe.writeSync)(1,e,t,e.length-t);return!0}catch{return!1}}s(rT,"writeAllSync");var Xa=globalThis.Deno?.stdout,nT=new Int32Array(new SharedArrayBuffer(4)),oT=null;function sT(){return oT??=Promise.all([Promise.resolve().then(()=>($o(),Yo)),Promise.resolve().then(()=>(Ls(),Ns)),Promise.resolve().then(()=>(oi(),ni)),Promise.resolve().then(()=>(Ni(),Oi)),Promise.resolve().then(()=>(oa(),na)),Promise.resolve().then(()=>(xa(),wa))]).then(([e,t,r,n,o,i])=>({api:e,resources:t,sdk:r,base:n,nodeHttp:o,transformer:i}))}s(sT,"loadOtel");var yn=class{static{s(this,"CountingExporter")}#e;#t;#r;partial=null;constructor(t,r,n,o){this.#e=t({serializeRequest:s(i=>r.serializeRequest(i),"serializeRequest"),deserializeResponse:s(i=>{let a=r.deserializeResponse(i),c=Number(a?.partialSuccess?.rejectedLogRecords??0);return c>0&&(this.partial={rejected:c,message:String(a.partialSuccess?.errorMessage??"")}),a},"deserializeResponse")}),this.#t=n,this.#r=o}export(t,r){let n=!1,o=s(a=>{if(n)return;n=!0,clearTimeout(i);let c=this.partial;this.partial=null;let u=a.code!==Wa?iT(a.error,t.length):void 0;if(u!==void 0)this.#r(t.length-u,u,new Error(`the collector stored ${t.length-u} and rejected ${u} of ${t.length} records (Loki: HTTP 400 "total ignored")`));else if(a.code!==Wa)this.#r(0,t.length,a.error);else if(c!==null){let _=Math.min(c.rejected,t.length);this.#r(t.length-_,_,new Error(`the collector rejected ${_} of ${t.length} records (partial success)`+(c.message?`: ${c.message}`:"")))}else this.#r(t.length,0,void 0);r(a)},"settle"),i=setTimeout(()=>{o({code:ja,error:new Error(`OTLP export got no answer within ${this.#t} ms`)})},this.#t);try{this.#e.export(t,o)}catch(a){o({code:ja,error:a instanceof Error?a:new Error(String(a))})}}shutdown(){return this.#e.shutdown()}forceFlush(){return this.#e.forceFlush?.()??Promise.resolve()}};function iT(e,t){let r=e;if(r?.code!==400||typeof r.data!="string")return;let n=[...r.data.matchAll(/total ignored: (\\d+) out of (\\d+)/g)];if(n.length!==1)return;let o=Number(n[0][1]);return Number(n[0][2])===t&&o<=t?o:void 0}s(iT,"lokiIgnored");var Un=class{static{s(this,"OtlpSink")}#e;#t;#r;#s=null;#n=null;#a=!1;#E=new Map;#u=null;#i=[];#o=0;#c=0;#_=!0;#T=null;ready;constructor(t,r,n){this.#e=n,this.#t=t,this.#r=Object.values(t.headers).filter(o=>o.length>=4),this.ready=sT().then(o=>this.#l(o,r),o=>{this.#a=!0,U(`cannot load the OpenTelemetry SDK (${ne(o)}); OTLP export is off`),this.#e[rt]+=this.#i.length-this.#o,this.#i=[],this.#o=0})}#l(t,r){let n=this.#t,o={url:n.url,headers:n.headers,timeoutMillis:n.timeoutMs,compression:n.compression},i=n.protocol==="http/json",{base:a,nodeHttp:c,transformer:u,sdk:_}=t,l=new yn(T=>new a.OTLPExporterBase(c.createOtlpHttpExportDelegate(c.convertLegacyHttpOptions(o,"LOGS","v1/logs",{"Content-Type":i?"application/json":"application/x-protobuf"}),T,"otlp_http_log_exporter",u.LogsExporterMetricsHelper,void 0)),i?u.JsonLogsSerializer:u.ProtobufLogsSerializer,n.batch.exportTimeoutMs+KE,(T,d,f)=>this.#A(T,d,f));this.#n=new _.LoggerProvider({resource:t.resources.defaultResource().merge(t.resources.resourceFromAttributes(aT(r))),logRecordLimits:{attributeCountLimit:Number.MAX_SAFE_INTEGER,attributeValueLengthLimit:1/0},processors:[new _.BatchLogRecordProcessor({exporter:l,maxQueueSize:n.batch.maxQueueSize,maxExportBatchSize:n.batch.maxExportBatchSize,scheduledDelayMillis:n.batch.scheduledDelayMs,exportTimeoutMillis:n.batch.exportTimeoutMs})]}),this.#s=t,this.pump()}push(t,r){if(this.#a||this.#i.length-this.#o>=VE){this.#e[rt]++;return}this.#i.push({record:t,observedMs:r})}held(){return this.#i.length-this.#o+this.#c}pump(){if(this.#n===null)return;let t=this.#t.batch.maxQueueSize,r=this.#i;for(;this.#o<r.length&&this.#c<t;){let n=r[this.#o];r[this.#o++]=void 0,this.#c++;try{this.#S(n)}catch{this.#c--,this.#e[tt]++}}this.#o===r.length?(this.#i=[],this.#o=0):this.#o>4096&&(this.#i=r.slice(this.#o),this.#o=0)}#S(t){let r=t.record,n=this.#s,o=this.#E.get(r.logger),i={};o===void 0&&(this.#E.size<nc?(o=this.#n.getLogger(r.logger),this.#E.set(r.logger,o)):(o=this.#u??=this.#n.getLogger($E),i["lockbox.logger"]=r.logger));let a;for(let u=0;u<r.values.length&&a===void 0;u++){let _=r.values[u];_ instanceof V&&(a=_)}for(let u=0;u<r.keys.length;u++){let _=r.values[u],l=r.keys[u];_!==a&&(a!==void 0&&l.startsWith("exception.")?Me(i,vn+l,_):Me(i,l,_))}a!==void 0&&(i["exception.type"]=a.type,i["exception.message"]=a.message,i["exception.stacktrace"]=Cc(a));let c=r.traceId!==""?n.api.trace.setSpanContext(n.api.ROOT_CONTEXT,{traceId:r.traceId,spanId:r.spanId,traceFlags:r.traceFlags}):n.api.ROOT_CONTEXT;o.emit({timestamp:cT(Math.floor(r.time*1e3)),observedTimestamp:t.observedMs,severityNumber:ME[r.level],severityText:ec[r.level],body:r.message,eventName:r.message,attributes:i,context:c})}#A(t,r,n){this.#c-=t+r,this.#e[Ln]+=t,this.#e[tt]+=r;let o=r===0;if(!o&&this.#_){let i=n?.message??"unknown error";for(let a of this.#r)i=i.split(a).join(te);U(`OTLP export to ${this.#t.url} failed (${r} records): ${i}`)}this.#_=o,this.pump()}finish(){return this.#T??=(async()=>{await this.ready;let t=this.#n;if(t!==null)try{for(;this.#o<this.#i.length;)this.pump(),await t.forceFlush();await t.forceFlush(),await t.shutdown()}catch{}})(),this.#T}};function aT(e){let t={};for(let r of Object.keys(e)){let n=e[r];Me(t,Qa(r),typeof n=="string"?Qa(n):n)}return t}s(aT,"wellFormed");function Qa(e){return b.Buffer.from(e,"utf8").toString("utf8")}s(Qa,"toWellFormed");function cT(e){let t=Math.floor(e/1e6);return[t,(e-t*1e6)*1e3]}s(cT,"microsToHrTime");function ur(e,t){let r=e;Bn=Tr(r.config);let n=new be(r.ring,r.queueMaxSize),o=new Float64Array(r.counters),i=r.config,a=new ar(new ir(i)),c=W_(i),u=new Pn(o,r.stdoutBacklog),_=i.otlp!==null?new Un(i.otlp,i.resource,o):null,l=t?FE:20,T=b.Buffer.alloc(Ee+qe),d=new DataView(T.buffer,T.byteOffset,T.byteLength),f=s(A=>{let h=performance.now()+A,P=Date.now(),k=0;for(let C=n.peek();C>=0;C=n.peek()){let M=n.lengthAt(C);M>T.length&&(T=b.Buffer.alloc(M),d=new DataView(T.buffer,T.byteOffset,T.byteLength)),T.set(n.bytes.subarray(C+4,C+4+M)),n.release(C,M),o[m_]++;let x;try{x=a.decodeAt(T,d,0)}catch(vc){x=ET(vc)}let{line:$,cut:xc}=c(x);if(xc&&!x.truncated&&o[lc]++,u.push($),_?.push(x,P),k++,(t||(k&15)===0)&&performance.now()>=h)break}return _?.pump(),u.flush(),k},"step"),R=null,N=1/0,g=(async()=>{Atomics.store(n.ctl,Fn,1);let A=Math.max(1,r.queueMaxSize/(2*gn)),h=performance.now(),P=0;for(;;){if(P+=f(l),!n.empty()){await new Promise(C=>setTimeout(C,0));continue}if(n.stopping())break;let k=performance.now();await uT(n,P,k-h,A),h=k,P=0}await u.finish(N),await _?.finish(),Atomics.store(n.ctl,Te,1),Atomics.notify(n.ctl,Te)})();return{finish(A){return N=A,n.stop(),R??=g},finishSync(A){n.stop();do f(1/0);while(!n.empty()&&Date.now()<A);u.finishSync(A)}}}s(ur,"startConsumer");function uT(e,t,r,n){if(t===0)return e.sleep(1e3);let o=t/Math.max(1,r);return e.nap(Math.max(1,Math.min(HE,n/o)))}s(uT,"rest");function ET(e){return{internal:!1,truncated:!0,level:3,time:Date.now(),traceFlags:0,traceId:"",spanId:"",logger:"lockbox",message:"undecodable_record",keys:["error"],values:[ne(e)]}}s(ET,"brokenRecord");var qa=!1;function _T(e={}){let t=w;if(t!==null&&t.phase===1){U("initObservability() called while shutting down; nothing started, and log calls until then are counted dropped.afterShutdown (call it again after shutdownObservability() resolves to start a new session)");return}if(t!==null&&t.phase===0){Object.keys(e).length>0&&U("initObservability() called again while running; its options are ignored");return}Kn(e,!0)}s(_T,"initObservability");var TT=Symbol.for("lockbox.clock");function lT(e){let t=e[TT];return typeof t=="function"?t:void 0}s(lT,"testClock");function Kn(e,t){let r=Tc(e,t);Bn=Tr(r),sr??=new ot,sr.maxValueBytes=r.maxValueBytes,C_();let n=be.create(k_(r.queueMaxSize)),o=new SharedArrayBuffer(h_*8),i={phase:0,config:r,minLevel:st.indexOf(r.level),rateLimit:r.rateLimit,clock:lT(e)??P_,ring:new be(n,r.queueMaxSize),init:{tag:kn,ring:n,queueMaxSize:r.queueMaxSize,counters:o,stdoutBacklog:tT(),config:r},counters:new Float64Array(o),accepted:0,internal:0,queueFull:0,rateLimited:0,afterShutdown:0,truncated:0,workerMode:!1,worker:null,inline:null,suppressed:[],reported:{},reportTimer:void 0,shutdownPromise:null,finalStats:null};w=i,r.otlpNotice!==""&&U(r.otlpNotice),r.worker&&WE?qa||(qa=!0,U("evaluated inside a worker thread that lockbox did not start (a bundled service\'s own worker?); starting no worker, running inline")):r.worker&&fT(i),i.workerMode||Pc(i),i.reportTimer=setInterval(()=>{i.phase===0&&(y_(),Yn(i))},YE),i.reportTimer.unref?.(),r.exitHooks&&NT()}s(Kn,"start");var Mc=\'(function (require, module, exports) {"use strict";\',Ic=`\n})`,Dc="lockbox-worker.js",ST=[\'import { createRequire } from "node:module";\',\'import { runInThisContext } from "node:vm";\',\'import { workerData } from "node:worker_threads";\',`const head = ${JSON.stringify(Mc)};`,`const tail = ${JSON.stringify(Ic)};`,`const options = { filename: ${JSON.stringify(Dc)} };`,"const run = runInThisContext(head + workerData.src + tail, options);","delete workerData.src;","const module = { exports: {} };",\'run(createRequire("file:///"), module, module.exports);\'].join(`\n`),AT=null;function dT(e){return AT??=Promise.all([Promise.resolve().then(()=>K(require("node:module"),1)),Promise.resolve().then(()=>K(require("node:vm"),1))]).then(([{createRequire:t},{runInThisContext:r}])=>{let n=r(Mc+e+Ic,{filename:Dc}),o={exports:{}};return n(t("file:///"),o,o.exports),o.exports})}s(dT,"loadWorkerScript");function wn(e){let t=ne(e);return/NotCapable|PermissionDenied|permission|--allow-/i.test(t)?`permission: ${t}`:/Invalid URL|ERR_INVALID_URL|ERR_MODULE_NOT_FOUND|Cannot find module|import\\.meta/i.test(t)?`bundling: ${t}`:`runtime error: ${t}`}s(wn,"startFailure");function fT(e){let t;try{t=er!==void 0?new y.Worker(new URL("data:text/javascript,"+encodeURIComponent(ST)),{workerData:{...e.init,src:er},resourceLimits:Va}):new y.Worker(new URL(void 0),{workerData:e.init,resourceLimits:Va})}catch(n){U(`cannot start the background worker (${wn(n)}); running inline`);return}e.worker=t,e.workerMode=!0;let r=s(n=>{if(e.worker!==t||(e.worker=null,e.finalStats!==null||Atomics.load(e.ring.ctl,Te)===1))return;let o=Atomics.load(e.ring.ctl,Fn)===1;U(o?`background worker stopped (${n}); continuing inline`:`background worker could not start (${n}); running inline`),e.workerMode=!1,Pc(e)},"lost");t.on("error",n=>r(wn(n))),t.on("exit",n=>r(`exit code ${n}`)),t.unref()}s(fT,"startWorkers");function Pc(e){let t=e.init;if(Atomics.store(e.ring.ctl,jt,e.phase===0?0:1),er===void 0){e.inline=ur(t,!0);return}let r=dT(er).then(n=>n.startConsumer(t,!0),n=>(U(`cannot load the consumer (${wn(n)}); using this copy without OTLP`),ur({...t,config:{...t.config,otlp:null}},!0)));e.inline={finish:s(n=>r.then(o=>o.finish(n)),"finish"),finishSync:s(()=>{},"finishSync")},r.then(n=>{e.inline!==null&&(e.inline=n)})}s(Pc,"startInline");function Yn(e){let t=e.clock();for(let a of e.suppressed){let c;try{c=typeof a.event=="string"?a.event:String(a.event)}catch{c="[unprintable event]"}Mn(e,t,2,a.core,"log_suppressed",{event:c,suppressed:a.suppressed},or)&&e.internal++,a.suppressed=0}e.suppressed=[];let r=e.counters,n={queue_full:e.queueFull,rate_limited:e.rateLimited,stdout_failed:r[tr],stdout_dropped:r[rr],otlp_failed:r[tt],otlp_dropped:r[rt]},o={},i=!1;for(let a in n)o[a]=n[a]-(e.reported[a]??0),o[a]>0&&(i=!0);e.reported=n,i&&Mn(e,t,2,pT(),"observability_dropped",o,or)&&e.internal++}s(Yn,"policyReport");var RT=null;function pT(){return RT??=new nt("lockbox",0,Sc,!1)}s(pT,"selfLogger");function $n(e={}){let t=w;if(t===null)return Promise.resolve(xn());if(t.shutdownPromise!==null)return t.shutdownPromise;if(t.finalStats!==null)return Promise.resolve(xn());let r=Number.isFinite(e.timeoutMs)&&e.timeoutMs>=0?e.timeoutMs:t.config.shutdownTimeoutMs;return Yn(t),t.phase=1,t.shutdownPromise=mT(t,r),t.shutdownPromise}s($n,"shutdownObservability");async function mT(e,t){let r=Date.now()+t;e.ring.stop(),e.worker?.ref();let n,o=new Promise(a=>{n=setTimeout(a,t)}),i=(async()=>{let a=e.ring.ctl;for(;Atomics.load(a,Te)!==1&&Date.now()<r;){if(!e.workerMode&&e.inline!==null){await e.inline.finish(r);continue}await V_(a,Te,0,Math.min(50,Math.max(1,r-Date.now())))}})();return await Promise.race([i,o]),clearTimeout(n),zn(e)}s(mT,"runShutdown");function zn(e){if(e.finalStats!==null)return e.finalStats;let t=Wn(e),r=t.accepted+t.internal,n=t.stdout.written+t.stdout.failed+t.stdout.dropped;if(n<r&&(t.stdout.failed+=r-n),t.otlp.enabled){let o=t.otlp.exported+t.otlp.failed+t.otlp.dropped;o<r&&(t.otlp.dropped+=r-o)}t.pending=0,e.finalStats=t,e.phase=2,clearInterval(e.reportTimer);for(let o of[e.worker])o!==null&&(o.unref(),o.terminate().catch(()=>{}));return e.worker=null,e.inline=null,LT(),t}s(zn,"finalize");function xn(){let e=w;if(e===null)return{mode:"off",accepted:0,internal:0,dropped:{queueFull:0,rateLimited:0,afterShutdown:0},truncated:0,stdout:{written:0,failed:0,dropped:0},otlp:{enabled:!1,exported:0,failed:0,dropped:0},pending:0};let t=e.finalStats;return t!==null?{...t,dropped:{...t.dropped,afterShutdown:e.afterShutdown},stdout:{...t.stdout},otlp:{...t.otlp}}:Wn(e)}s(xn,"observabilityStats");function Wn(e){let t=e.counters,r=e.accepted+e.internal,n=t[Nn]+t[tr]+t[rr],o=e.config.otlp!==null,i=t[Ln]+t[tt]+t[rt];return{mode:e.workerMode?Atomics.load(e.ring.ctl,Fn)===1?"worker":"starting":"inline",accepted:e.accepted,internal:e.internal,dropped:{queueFull:e.queueFull,rateLimited:e.rateLimited,afterShutdown:e.afterShutdown},truncated:e.truncated+t[lc],stdout:{written:t[Nn],failed:t[tr],dropped:t[rr]},otlp:{enabled:o,exported:t[Ln],failed:t[tt],dropped:t[rt]},pending:Math.max(0,r-(o?Math.min(n,i):n))}}s(Wn,"statsOf");var Er=!1,hT={SIGTERM:143,SIGINT:130},Ft=null,mn=Symbol.for("lockbox.denoSignalListeners"),hn=Zt.name==="deno"&&y.isMainThread?gT():null;function gT(){let e=globalThis;if(e[mn]!==void 0)return e[mn];let t=e.Deno;if(typeof t?.addSignalListener!="function")return null;let r={added:new Map,before:new Map};for(let i of["SIGTERM","SIGINT"])r.added.set(i,new Set),r.before.set(i,L.default.listenerCount(i));let n=t.addSignalListener,o=t.removeSignalListener;try{t.addSignalListener=s(function(a,c){n.call(t,a,c),r.added.get(a)?.add(c)},"addSignalListener"),t.removeSignalListener=s(function(a,c){o.call(t,a,c);let u=r.added.get(a);u!==void 0&&(u.delete(c)||r.before.set(a,Math.max(0,(r.before.get(a)??0)-1)))},"removeSignalListener")}catch{return null}return e[mn]=r,r}s(gT,"trackDenoSignals");var Xt=new Set;function yc(e,t){e!=="SIGTERM"&&e!=="SIGINT"||t===Sr||t===Ar||(Xt.size===0&&queueMicrotask(()=>Xt.clear()),Xt.add(e))}s(yc,"onRemoveListener");function OT(e){let t=e==="SIGTERM"?Sr:Ar,r=L.default.listeners(e);return r.some(o=>o!==t)||Xt.has(e)?!0:hn===null?!1:(hn.added.get(e)?.size??0)+(hn.before.get(e)??0)-r.length>0}s(OT,"serviceHandles");function Uc(){w?.phase===0&&$n()}s(Uc,"onBeforeExit");function jn(){let e=w;if(e===null||e.phase!==0&&e.phase!==1)return;let t=Date.now()+e.config.shutdownTimeoutMs;e.phase===0&&Yn(e),e.phase=1,e.ring.stop();let r=e.ring.ctl;if(e.workerMode)for(;Atomics.load(r,Te)!==1&&Date.now()<t;)Atomics.wait(r,Te,0,Math.max(1,Math.min(50,t-Date.now())));else e.inline?.finishSync(t);zn(e)}s(jn,"onExit");function wc(e){let t=w;if(t===null||OT(e))return;let r=hT[e];if(Ft!==null&&Ft.session===t){let n=Wn(t),o=zn(t),i=o.stdout.failed-n.stdout.failed,a=o.otlp.dropped-n.otlp.dropped;U(`${e} during the ${Ft.signal} flush; exiting now with ${r}: ${i} records not written to stdout (counted stdout.failed)`+(o.otlp.enabled?`, ${a} not exported (counted otlp.dropped)`:"")),L.default.exit(r)}t.phase!==2&&(Ft={session:t,signal:e},U(`${e}: flushing (up to ${t.config.shutdownTimeoutMs} ms), then exiting with ${r}; a second SIGTERM or SIGINT exits at once`),$n().then(()=>L.default.exit(r)))}s(wc,"onSignal");var Sr=s(()=>wc("SIGTERM"),"onSigterm"),Ar=s(()=>wc("SIGINT"),"onSigint");function _r(e){e.defaultPrevented||jn()}s(_r,"onFatal");function NT(){if(!Er){Er=!0,L.default.on("beforeExit",Uc),L.default.on("exit",jn),Zt.name==="deno"&&(globalThis.addEventListener?.("error",_r),globalThis.addEventListener?.("unhandledrejection",_r));try{L.default.prependListener("SIGTERM",Sr),L.default.prependListener("SIGINT",Ar),L.default.on("removeListener",yc)}catch{}}}s(NT,"installHooks");function LT(){Er&&(Er=!1,L.default.off("beforeExit",Uc),L.default.off("exit",jn),globalThis.removeEventListener?.("error",_r),globalThis.removeEventListener?.("unhandledrejection",_r),L.default.off("SIGTERM",Sr),L.default.off("SIGINT",Ar),L.default.off("removeListener",yc))}s(LT,"removeHooks");if(!y.isMainThread&&y.workerData?.tag===kn){let e=y.workerData;y.parentPort?.on("message",t=>{throw new TypeError(`lockbox worker takes no messages: got ${typeof t}`)}),ur(e,!1)}0&&(module.exports={Decoder,Encoder,ObservabilityConfigError,Redactor,Ring,VERSION,configForStart,getLogger,initObservability,observabilityStats,resolveConfig,secretScrubber,shutdownObservability,startConsumer,withoutUserinfo});\n' : void 0;
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
    const rest2 = spec.envNames.slice(i + 1);
    const fallback = rest2.length > 0 ? `using ${rest2.join(" or ")} or the default "${spec.fallback}"` : `using the default "${spec.fallback}"`;
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
        const rest2 = n - r.read;
        const cut = rest2 <= 65536 ? `${Buffer2.byteLength(s.slice(r.read), "utf8")} bytes` : `at least ${rest2} bytes`;
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
var WAIT_ANY = 1;
var WAIT_BACKLOG = 2;
var RING_RESTART_BACKLOG = 64 * 1024;
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
    this.#wakeRecords = Math.max(1, Math.floor(maxRecords / RING_WAKE_DIVISOR));
    this.#wakeBytes = Math.floor(this.capacity / RING_WAKE_DIVISOR);
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
  /** Where the producer last went back to 0 (records end there; WRAP marks it). */
  #wrapAt = 0;
  /** The record being published went back to 0. */
  #wrapped = false;
  /** Backlog (records, bytes) at which a push wakes a napping consumer. */
  #wakeRecords;
  #wakeBytes;
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
    const need = 4 + maxLen;
    const restartAt = this.#wakeBytes + 2 * need;
    let at = this.#head >= restartAt && (this.#pushed & 15) === 0 ? this.#restart(need) : -1;
    if (at < 0) at = this.#place(need, false);
    if (at < 0) {
      this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
      at = this.#place(need, false);
    }
    return at < 0 ? -1 : at + 4;
  }
  /**
   * Producer: 0 when records can start again at the ring's beginning before its end — the
   * consumer has not wrapped, is past the `need` bytes a claim reserves and at most
   * RING_RESTART_BACKLOG behind — else -1. Checked on every 16th claim once HEAD is past the
   * byte wake threshold plus twice `need` (about 1 MB of the default 2 MiB ring): until the
   * consumer passes the wrap point only [0, TAIL) is free, and that room must outlast the wake
   * at a quarter (a nap ends at the wrap too). The records then cycle through the first ~1 MB:
   * fewer pages resident in a long run and first touched on the calling thread.
   */
  #restart(need) {
    const tail = this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
    return tail <= this.#head && need < tail && this.#head - tail <= RING_RESTART_BACKLOG ? 0 : -1;
  }
  /** Producer: publishes the `len` payload bytes written at `offset` (from `claim()`). */
  commit(offset, len) {
    if (offset === 4) this.#markWrap();
    this.view.setUint32(offset - 4, len, true);
    this.#publish(offset + len);
  }
  /** Producer: a record placed at 0 while HEAD is not: the consumer skips from HEAD to 0. */
  #markWrap() {
    const head = this.#head;
    if (head === 0) return;
    this.#wrapAt = head;
    this.#wrapped = true;
    if (this.capacity - head >= 4) this.view.setUint32(head, WRAP, true);
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
    if (at === 0) this.#markWrap();
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
    const waiting = Atomics.load(ctl, CTL_WAITING);
    if (waiting === WAIT_ANY || waiting === WAIT_BACKLOG && (this.#wrapped || this.#backedUp())) this.wake();
    this.#wrapped = false;
  }
  /**
   * Producer: whether the backlog reached the wake threshold. The copies of the consumer's cells
   * are older than the truth, so they overstate the backlog: they are re-read only when they
   * say "wake", which keeps a push during a nap at one atomic load.
   */
  #backedUp() {
    if (!this.#overThreshold()) return false;
    this.#releasedSeen = Atomics.load(this.ctl, CTL_RELEASED);
    this.#tailSeen = Atomics.load(this.ctl, CTL_TAIL);
    return this.#overThreshold();
  }
  #overThreshold() {
    const head = this.#head;
    const tail = this.#tailSeen;
    const used = head >= tail ? head - tail : this.#wrapAt - tail + head;
    return (this.#pushed - this.#releasedSeen | 0) >= this.#wakeRecords || used >= this.#wakeBytes;
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
   * Consumer: resolves when the producer side sets CTL_STOP, `timeoutMs` passes, or — with
   * `wakeOn` WAIT_ANY — a record arrives; with WAIT_BACKLOG (a nap while records flow) only
   * when the ring holds a quarter of its records or bytes. Sleeps in Atomics.waitAsync where the
   * runtime has it, else on a short timer.
   */
  sleep(timeoutMs, wakeOn = WAIT_ANY) {
    const ctl = this.ctl;
    const seq = Atomics.load(ctl, CTL_SEQ);
    Atomics.store(ctl, CTL_WAITING, wakeOn);
    const due = wakeOn === WAIT_ANY ? Atomics.load(ctl, CTL_HEAD) !== this.#tail : (Atomics.load(ctl, CTL_PUSHED) - this.#released | 0) >= this.#wakeRecords;
    if (due || Atomics.load(ctl, CTL_STOP) === 1) {
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
  /**
   * Consumer: a nap while records flow — `sleep(timeoutMs, WAIT_BACKLOG)`: only a backlog of a
   * quarter of the ring (records or bytes), CTL_STOP or the timeout end it.
   */
  nap(timeoutMs) {
    return this.sleep(timeoutMs, WAIT_BACKLOG);
  }
  /** Whether the consumer announced a sleep or nap that no push has ended yet. */
  sleeping() {
    return Atomics.load(this.ctl, CTL_WAITING) !== 0;
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
function stdoutKind() {
  try {
    const st = fstatSync(1);
    if (st.isFile()) return "file";
    if (process.platform === "linux" && st.isCharacterDevice() && st.rdev === DEV_NULL_RDEV) {
      return "null";
    }
  } catch {
  }
  return "stream";
}
var DEV_NULL_RDEV = 259;
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
  /** Synchronous writes (fd 1 is /dev/null) and the chunk bound, from stdoutKind(). */
  #sync;
  #chunkBytes;
  /**
   * @param backlog A buffer from stdoutBacklogBuffer(); lines a dead consumer left between its
   *   cursors are adopted and written first.
   */
  constructor(counters, backlog) {
    this.#counters = counters;
    const kind = stdoutKind();
    this.#sync = kind === "null";
    this.#chunkBytes = kind === "stream" ? PIPE_BUF : FILE_CHUNK;
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
  /**
   * Starts writing what is queued if no write is in flight (writes it all when fd 1 is
   * /dev/null); true when all is written.
   */
  flush() {
    if (this.#inFlight) return false;
    for (; ; ) {
      const sizes = this.#sizes;
      if (this.#head === sizes.length) {
        this.#emptied();
        return true;
      }
      let used = sizes[this.#head];
      let n = 1;
      while (this.#head + n < sizes.length && used + sizes[this.#head + n] <= this.#chunkBytes) {
        used += sizes[this.#head + n++];
      }
      const chunk = this.#bytesAt(this.#taken, used);
      this.#head += n;
      this.#taken += used;
      if (this.#head > 4096 && this.#head * 2 > sizes.length) {
        this.#sizes = sizes.slice(this.#head);
        this.#head = 0;
      }
      if (this.#sync) {
        this.#settled(chunk.length, n, writeAllSync(chunk));
        continue;
      }
      this.#inFlight = true;
      this.#write(chunk, 0, n);
      return false;
    }
  }
  /** Everything queued is written: restart the ring at 0 and resolve `finish()` waiters. */
  #emptied() {
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
function writeAllSync(chunk) {
  try {
    for (let off = 0; off < chunk.length; ) off += writeSync(1, chunk, off, chunk.length - off);
    return true;
  } catch {
    return false;
  }
}
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
    const napRecords = Math.max(1, init.queueMaxSize / (2 * RING_WAKE_DIVISOR));
    let since = performance.now();
    let taken = 0;
    for (; ; ) {
      taken += step(budgetMs);
      if (!ring.empty()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      if (ring.stopping()) break;
      const now = performance.now();
      await rest(ring, taken, now - since, napRecords);
      since = now;
      taken = 0;
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
function rest(ring, taken, elapsedMs, napRecords) {
  if (taken === 0) return ring.sleep(1e3);
  const perMs = taken / Math.max(1, elapsedMs);
  return ring.nap(Math.max(1, Math.min(CONSUMER_NAP_MS, napRecords / perMs)));
}
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
var WORKER_SCRIPT_HEAD = '(function (require, module, exports) {"use strict";';
var WORKER_SCRIPT_TAIL = "\n})";
var WORKER_SCRIPT_FILENAME = "lockbox-worker.js";
var WORKER_BOOT = [
  `import { createRequire } from "node:module";`,
  `import { runInThisContext } from "node:vm";`,
  `import { workerData } from "node:worker_threads";`,
  `const head = ${JSON.stringify(WORKER_SCRIPT_HEAD)};`,
  `const tail = ${JSON.stringify(WORKER_SCRIPT_TAIL)};`,
  `const options = { filename: ${JSON.stringify(WORKER_SCRIPT_FILENAME)} };`,
  `const run = runInThisContext(head + workerData.src + tail, options);`,
  `delete workerData.src;`,
  `const module = { exports: {} };`,
  `run(createRequire("file:///"), module, module.exports);`
].join("\n");
var workerScriptExports = null;
function loadWorkerScript(source) {
  return workerScriptExports ??= Promise.all([import("node:module"), import("node:vm")]).then(
    ([{ createRequire }, { runInThisContext }]) => {
      const run = runInThisContext(WORKER_SCRIPT_HEAD + source + WORKER_SCRIPT_TAIL, {
        filename: WORKER_SCRIPT_FILENAME
      });
      const module = { exports: {} };
      run(createRequire("file:///"), module, module.exports);
      return module.exports;
    }
  );
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
  let worker;
  try {
    worker = WORKER_SOURCE !== void 0 ? new Worker(new URL("data:text/javascript," + encodeURIComponent(WORKER_BOOT)), {
      workerData: { ...s.init, src: WORKER_SOURCE },
      resourceLimits: WORKER_RESOURCE_LIMITS
    }) : new Worker(new URL(import.meta.url), {
      workerData: s.init,
      resourceLimits: WORKER_RESOURCE_LIMITS
    });
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
  const pending = loadWorkerScript(WORKER_SOURCE).then(
    (script) => script.startConsumer(init, true),
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
