/**
 * What Cognito can answer each operation the app calls: the members of its answer (JSON types,
 * enums, required members) and the error types it can return. Written by
 * `node tests/model/answer-shapes.mjs` from Cognito's API model (tests/model/cognito-idp.json:
 * botocore 1.43.11, with what @aws-sdk/client-cognito-identity-provider@3.1169.0 knows beyond it); do not edit.
 */
export type AnswerShape =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'timestamp'
  | { enum: readonly string[] }
  | { list: AnswerShape }
  | { map: AnswerShape }
  | { document: true }
  | { members: Readonly<Record<string, AnswerShape>>; required: readonly string[] };

export interface OperationAnswers {
  output: { members: Readonly<Record<string, AnswerShape>>; required: readonly string[] };
  errors: readonly string[];
}

export const ANSWER_SHAPES: Readonly<Record<string, OperationAnswers>> = {
 "AssociateSoftwareToken": {
  "output": {
   "members": {
    "SecretCode": "string",
    "Session": "string"
   },
   "required": []
  },
  "errors": [
   "ConcurrentModificationException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "ResourceNotFoundException",
   "SoftwareTokenMFANotFoundException"
  ]
 },
 "ChangePassword": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "InvalidPasswordException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordHistoryPolicyViolationException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "CompleteWebAuthnRegistration": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "TooManyRequestsException",
   "WebAuthnChallengeNotFoundException",
   "WebAuthnClientMismatchException",
   "WebAuthnCredentialNotSupportedException",
   "WebAuthnNotEnabledException",
   "WebAuthnOriginNotAllowedException",
   "WebAuthnRelyingPartyMismatchException"
  ]
 },
 "ConfirmForgotPassword": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "CodeMismatchException",
   "ExpiredCodeException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidPasswordException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordHistoryPolicyViolationException",
   "ResourceNotFoundException",
   "TooManyFailedAttemptsException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "ConfirmSignUp": {
  "output": {
   "members": {
    "Session": "string"
   },
   "required": []
  },
  "errors": [
   "AliasExistsException",
   "CodeMismatchException",
   "ExpiredCodeException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "ResourceNotFoundException",
   "TooManyFailedAttemptsException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotFoundException"
  ]
 },
 "DeleteWebAuthnCredential": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException"
  ]
 },
 "ForgotPassword": {
  "output": {
   "members": {
    "CodeDeliveryDetails": {
     "members": {
      "Destination": "string",
      "DeliveryMedium": {
       "enum": [
        "SMS",
        "EMAIL"
       ]
      },
      "AttributeName": "string"
     },
     "required": []
    }
   },
   "required": []
  },
  "errors": [
   "CodeDeliveryFailureException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidEmailRoleAccessPolicyException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidSmsRoleAccessPolicyException",
   "InvalidSmsRoleTrustRelationshipException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotFoundException"
  ]
 },
 "GetTokensFromRefreshToken": {
  "output": {
   "members": {
    "AuthenticationResult": {
     "members": {
      "AccessToken": "string",
      "ExpiresIn": "integer",
      "TokenType": "string",
      "RefreshToken": "string",
      "IdToken": "string",
      "NewDeviceMetadata": {
       "members": {
        "DeviceKey": "string",
        "DeviceGroupKey": "string"
       },
       "required": []
      }
     },
     "required": []
    }
   },
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "RefreshTokenReuseException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotFoundException"
  ]
 },
 "GetUser": {
  "output": {
   "members": {
    "Username": "string",
    "UserAttributes": {
     "list": {
      "members": {
       "Name": "string",
       "Value": "string"
      },
      "required": [
       "Name"
      ]
     }
    },
    "MFAOptions": {
     "list": {
      "members": {
       "DeliveryMedium": {
        "enum": [
         "SMS",
         "EMAIL"
        ]
       },
       "AttributeName": "string"
      },
      "required": []
     }
    },
    "PreferredMfaSetting": "string",
    "UserMFASettingList": {
     "list": "string"
    }
   },
   "required": [
    "Username",
    "UserAttributes"
   ]
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "GetUserAuthFactors": {
  "output": {
   "members": {
    "Username": "string",
    "PreferredMfaSetting": "string",
    "UserMFASettingList": {
     "list": "string"
    },
    "ConfiguredUserAuthFactors": {
     "list": {
      "enum": [
       "PASSWORD",
       "EMAIL_OTP",
       "SMS_OTP",
       "WEB_AUTHN"
      ]
     }
    }
   },
   "required": [
    "Username"
   ]
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "GlobalSignOut": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UserNotConfirmedException"
  ]
 },
 "InitiateAuth": {
  "output": {
   "members": {
    "ChallengeName": {
     "enum": [
      "SMS_MFA",
      "EMAIL_OTP",
      "SOFTWARE_TOKEN_MFA",
      "SELECT_MFA_TYPE",
      "MFA_SETUP",
      "PASSWORD_VERIFIER",
      "CUSTOM_CHALLENGE",
      "SELECT_CHALLENGE",
      "DEVICE_SRP_AUTH",
      "DEVICE_PASSWORD_VERIFIER",
      "ADMIN_NO_SRP_AUTH",
      "NEW_PASSWORD_REQUIRED",
      "SMS_OTP",
      "PASSWORD",
      "WEB_AUTHN",
      "PASSWORD_SRP"
     ]
    },
    "Session": "string",
    "ChallengeParameters": {
     "map": "string"
    },
    "AuthenticationResult": {
     "members": {
      "AccessToken": "string",
      "ExpiresIn": "integer",
      "TokenType": "string",
      "RefreshToken": "string",
      "IdToken": "string",
      "NewDeviceMetadata": {
       "members": {
        "DeviceKey": "string",
        "DeviceGroupKey": "string"
       },
       "required": []
      }
     },
     "required": []
    },
    "AvailableChallenges": {
     "list": {
      "enum": [
       "SMS_MFA",
       "EMAIL_OTP",
       "SOFTWARE_TOKEN_MFA",
       "SELECT_MFA_TYPE",
       "MFA_SETUP",
       "PASSWORD_VERIFIER",
       "CUSTOM_CHALLENGE",
       "SELECT_CHALLENGE",
       "DEVICE_SRP_AUTH",
       "DEVICE_PASSWORD_VERIFIER",
       "ADMIN_NO_SRP_AUTH",
       "NEW_PASSWORD_REQUIRED",
       "SMS_OTP",
       "PASSWORD",
       "WEB_AUTHN",
       "PASSWORD_SRP"
      ]
     }
    }
   },
   "required": []
  },
  "errors": [
   "FeatureUnavailableInTierException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidEmailRoleAccessPolicyException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidSmsRoleAccessPolicyException",
   "InvalidSmsRoleTrustRelationshipException",
   "InvalidUserPoolConfigurationException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UnsupportedOperationException",
   "UserLambdaValidationException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "ListWebAuthnCredentials": {
  "output": {
   "members": {
    "Credentials": {
     "list": {
      "members": {
       "CredentialId": "string",
       "FriendlyCredentialName": "string",
       "RelyingPartyId": "string",
       "AuthenticatorAttachment": "string",
       "AuthenticatorTransports": {
        "list": "string"
       },
       "CreatedAt": "timestamp"
      },
      "required": [
       "CredentialId",
       "FriendlyCredentialName",
       "RelyingPartyId",
       "AuthenticatorTransports",
       "CreatedAt"
      ]
     }
    },
    "NextToken": "string"
   },
   "required": [
    "Credentials"
   ]
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "TooManyRequestsException"
  ]
 },
 "ResendConfirmationCode": {
  "output": {
   "members": {
    "CodeDeliveryDetails": {
     "members": {
      "Destination": "string",
      "DeliveryMedium": {
       "enum": [
        "SMS",
        "EMAIL"
       ]
      },
      "AttributeName": "string"
     },
     "required": []
    }
   },
   "required": []
  },
  "errors": [
   "CodeDeliveryFailureException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidEmailRoleAccessPolicyException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidSmsRoleAccessPolicyException",
   "InvalidSmsRoleTrustRelationshipException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotFoundException"
  ]
 },
 "RespondToAuthChallenge": {
  "output": {
   "members": {
    "ChallengeName": {
     "enum": [
      "SMS_MFA",
      "EMAIL_OTP",
      "SOFTWARE_TOKEN_MFA",
      "SELECT_MFA_TYPE",
      "MFA_SETUP",
      "PASSWORD_VERIFIER",
      "CUSTOM_CHALLENGE",
      "SELECT_CHALLENGE",
      "DEVICE_SRP_AUTH",
      "DEVICE_PASSWORD_VERIFIER",
      "ADMIN_NO_SRP_AUTH",
      "NEW_PASSWORD_REQUIRED",
      "SMS_OTP",
      "PASSWORD",
      "WEB_AUTHN",
      "PASSWORD_SRP"
     ]
    },
    "Session": "string",
    "ChallengeParameters": {
     "map": "string"
    },
    "AuthenticationResult": {
     "members": {
      "AccessToken": "string",
      "ExpiresIn": "integer",
      "TokenType": "string",
      "RefreshToken": "string",
      "IdToken": "string",
      "NewDeviceMetadata": {
       "members": {
        "DeviceKey": "string",
        "DeviceGroupKey": "string"
       },
       "required": []
      }
     },
     "required": []
    },
    "AvailableChallenges": {
     "list": {
      "enum": [
       "SMS_MFA",
       "EMAIL_OTP",
       "SOFTWARE_TOKEN_MFA",
       "SELECT_MFA_TYPE",
       "MFA_SETUP",
       "PASSWORD_VERIFIER",
       "CUSTOM_CHALLENGE",
       "SELECT_CHALLENGE",
       "DEVICE_SRP_AUTH",
       "DEVICE_PASSWORD_VERIFIER",
       "ADMIN_NO_SRP_AUTH",
       "NEW_PASSWORD_REQUIRED",
       "SMS_OTP",
       "PASSWORD",
       "WEB_AUTHN",
       "PASSWORD_SRP"
      ]
     }
    }
   },
   "required": []
  },
  "errors": [
   "AliasExistsException",
   "CodeMismatchException",
   "ExpiredCodeException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidEmailRoleAccessPolicyException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidPasswordException",
   "InvalidSmsRoleAccessPolicyException",
   "InvalidSmsRoleTrustRelationshipException",
   "InvalidUserPoolConfigurationException",
   "MFAMethodNotFoundException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordHistoryPolicyViolationException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "SoftwareTokenMFANotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "RevokeToken": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "OperationNotEnabledException",
   "TooManyRequestsException",
   "UnauthorizedException",
   "UnsupportedOperationException",
   "UnsupportedTokenTypeException"
  ]
 },
 "SetUserMFAPreference": {
  "output": {
   "members": {},
   "required": []
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 },
 "SignUp": {
  "output": {
   "members": {
    "UserConfirmed": "boolean",
    "CodeDeliveryDetails": {
     "members": {
      "Destination": "string",
      "DeliveryMedium": {
       "enum": [
        "SMS",
        "EMAIL"
       ]
      },
      "AttributeName": "string"
     },
     "required": []
    },
    "UserSub": "string",
    "Session": "string"
   },
   "required": [
    "UserConfirmed",
    "UserSub"
   ]
  },
  "errors": [
   "CodeDeliveryFailureException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidEmailRoleAccessPolicyException",
   "InvalidLambdaResponseException",
   "InvalidParameterException",
   "InvalidPasswordException",
   "InvalidSmsRoleAccessPolicyException",
   "InvalidSmsRoleTrustRelationshipException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "ResourceNotFoundException",
   "TooManyRequestsException",
   "UnexpectedLambdaException",
   "UserLambdaValidationException",
   "UsernameExistsException"
  ]
 },
 "StartWebAuthnRegistration": {
  "output": {
   "members": {
    "CredentialCreationOptions": {
     "document": true
    }
   },
   "required": [
    "CredentialCreationOptions"
   ]
  },
  "errors": [
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "LimitExceededException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "TooManyRequestsException",
   "WebAuthnConfigurationMissingException",
   "WebAuthnNotEnabledException"
  ]
 },
 "VerifySoftwareToken": {
  "output": {
   "members": {
    "Status": {
     "enum": [
      "SUCCESS",
      "ERROR"
     ]
    },
    "Session": "string"
   },
   "required": []
  },
  "errors": [
   "CodeMismatchException",
   "EnableSoftwareTokenMFAException",
   "ForbiddenException",
   "InternalErrorException",
   "InvalidParameterException",
   "InvalidUserPoolConfigurationException",
   "NotAuthorizedException",
   "OperationNotEnabledException",
   "PasswordResetRequiredException",
   "ResourceNotFoundException",
   "SoftwareTokenMFANotFoundException",
   "TooManyRequestsException",
   "UserNotConfirmedException",
   "UserNotFoundException"
  ]
 }
};
