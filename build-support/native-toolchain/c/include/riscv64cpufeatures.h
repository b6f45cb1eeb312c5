/* Connectboard build-support: the CPUFeatures struct of com.oracle.svm.core.riscv64.RISCV64LibCHelper.
 * One char per feature, named f<JVMCI CPUFeature name>, in the order of the builder's @CStruct declaration.
 * 1 = present. Written for this project from the builder's declaration; see docs/native.md. */
#ifndef CONNECTBOARD_RISCV64CPUFEATURES_H
#define CONNECTBOARD_RISCV64CPUFEATURES_H

typedef struct {
    char fI;
    char fM;
    char fA;
    char fF;
    char fD;
    char fC;
    char fV;
} CPUFeatures;

void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(unsigned char *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(unsigned char *buildtimeFeatureMask, const char *errorMessage);

#endif
