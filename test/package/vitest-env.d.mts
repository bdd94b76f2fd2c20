import 'sagemaker-image-mock/vitest';
