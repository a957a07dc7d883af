export { admitOperation, DEFAULT_OPERATION_LIMITS, LimitCode, type Admission, type OperationLimits, type OperationRequest } from './admission';
export { analyzeOperation, type OperationAnalysis } from './analysis';
export { actualQueryCost, operationCost, type OperationCost } from './cost';
export { apiSchemaOf } from './schema';
