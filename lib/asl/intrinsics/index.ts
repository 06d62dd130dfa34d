export { compileIntrinsic, type CompiledIntrinsic, type CompileIntrinsicOptions } from './compile-intrinsic';
export { isIntrinsicExpression } from './is-intrinsic-expression';
export {
  MAX_ARRAY_RANGE_ITEMS,
  MAX_BASE64_INPUT_CHARS,
  MAX_HASH_INPUT_CHARS,
  type IntrinsicRuntime,
} from './intrinsic-functions';
