/* Connectboard build-support: the CPUFeatures struct of com.oracle.svm.core.aarch64.AArch64LibCHelper.
 * One char per feature, named f<JVMCI CPUFeature name>, in the order of the builder's @CStruct declaration.
 * 1 = present. Written for this project from the builder's declaration; see docs/native.md. */
#ifndef CONNECTBOARD_AARCH64CPUFEATURES_H
#define CONNECTBOARD_AARCH64CPUFEATURES_H

typedef struct {
    char fFP;
    char fASIMD;
    char fEVTSTRM;
    char fAES;
    char fPMULL;
    char fSHA1;
    char fSHA2;
    char fCRC32;
    char fLSE;
    char fDCPOP;
    char fSHA3;
    char fSHA512;
    char fSVE;
    char fSVE2;
    char fSTXR_PREFETCH;
    char fA53MAC;
    char fDMB_ATOMICS;
    char fPACA;
    char fSVEBITPERM;
    char fFPHP;
    char fASIMDHP;
} CPUFeatures;

void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(unsigned char *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(unsigned char *buildtimeFeatureMask, const char *errorMessage);

#endif
