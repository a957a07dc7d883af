export { gatewayEnv, gatewayServerOptions, gatewaySettings, loadGatewayConfig, type GatewayConfig } from './config';
export { startGateway, type GatewayServerOptions, type RunningGateway } from './server';
export { subgraphsOf } from './gateway';
export { actualQueryCost, admitOperation, DEFAULT_OPERATION_LIMITS, LimitCode, operationCost, type OperationCost, type OperationLimits } from './analysis';
export {
  manifestOf,
  readManifest,
  sha256,
  TRUSTED_DOCUMENT_MODES,
  TrustedDocumentCode,
  TrustedDocuments,
  type DocumentManifest,
  type TrustedDocumentMode,
} from './trusted-documents';
